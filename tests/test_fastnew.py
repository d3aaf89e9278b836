"""The parser's speed helpers must not change what they build or leave the GC altered.

`fast_new` bypasses a frozen dataclass's `__init__`; a node built that way has to be
indistinguishable from one built normally. `long_lived` pauses the cyclic GC; it has to
restore it however the block ends.
"""

from __future__ import annotations

import dataclasses
import gc
import pickle

import pytest
from pide.core.source import Span
from pide.core.syntax import ast
from pide.core.syntax.fastnew import fast_namespace, fast_new
from pide.core.syntax.gcpause import long_lived


def test_fast_span_is_an_ordinary_frozen_span() -> None:
    fields = ("m.p", 3, 7, 1, 4, 1, 8)
    fast, slow = fast_new(Span)(*fields), Span(*fields)
    assert type(fast) is Span
    assert fast == slow and hash(fast) == hash(slow) and repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow
    assert dataclasses.replace(fast, start=4) == dataclasses.replace(slow, start=4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 0  # type: ignore[misc]


def test_fast_nodes_keep_defaults_and_match() -> None:
    make = fast_namespace(ast)
    span = Span("m.p", 0, 1, 1, 1, 1, 2)
    name = make.Name("x", span)
    match name:
        case ast.Name(text=text):
            assert text == "x"
        case _:
            pytest.fail("a fast-built Name does not match the Name pattern")
    fast = make.TestDecl(name, name, make.NamedModule(name, span), (), None, None, None, None, span)
    slow = ast.TestDecl(name, name, ast.NamedModule(name, span), (), None, None, None, None, span)
    assert fast == slow and fast.pairwise is False


def test_long_lived_restores_the_collector() -> None:
    assert gc.isenabled()
    with long_lived():
        assert not gc.isenabled()
        with long_lived():  # nested: the outer block stays in charge
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled() and gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), long_lived():
        raise RuntimeError
    assert gc.isenabled() and gc.get_freeze_count() == 0
