"""`pide.core.fastdataclass` must build the class the stdlib `dataclass` would build.

Every class it builds in pide's own modules is compared with a twin that the stdlib builds
from the same annotations and defaults: fields, signature, docstring, `__match_args__`,
`repr`, equality, hashing, pickling, `replace`, immutability. Hand-written shapes cover the
options the modules use (kw_only, class variables, default factories, `__post_init__`,
mutable classes) and the ones handed back to the stdlib.
"""

from __future__ import annotations

import dataclasses
import importlib
import inspect
import pickle
import pkgutil
import pprint
import re
import sys
from typing import Any, ClassVar

import pide.core
import pytest
from pide.core import fastdataclass
from pide.core.fastdataclass import dataclass, field, record_fields, replace


def _built_here(cls: type) -> bool:
    wrapped = getattr(cls.__dict__.get("__repr__"), "__wrapped__", None)
    code = getattr(wrapped, "__code__", None)
    return code is not None and code.co_filename == fastdataclass.__file__


def _lite_classes() -> list[type]:
    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(pide.core.__path__, "pide.core."):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if isinstance(obj, type) and obj.__module__ == info.name and _built_here(obj):
                found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return [found[k] for k in sorted(found)]


def _stdlib_twin(cls: type) -> type:
    """The same class body, built by `dataclasses.dataclass`."""
    namespace: dict[str, Any] = {
        "__module__": cls.__module__,
        "__qualname__": cls.__qualname__,
        "__annotations__": {},
    }
    for f in cls.__dataclass_fields__.values():  # type: ignore[attr-defined]
        namespace["__annotations__"][f.name] = f.type
        if f._field_type is dataclasses._FIELD_CLASSVAR:  # type: ignore[attr-defined]
            namespace[f.name] = getattr(cls, f.name)
            continue
        namespace[f.name] = dataclasses.field(
            default=f.default,
            default_factory=f.default_factory,
            repr=f.repr,
            hash=f.hash,
            compare=f.compare,
            kw_only=f.kw_only,
        )
    for name in ("__post_init__", "__eq__", "__hash__", "__repr__"):
        method = cls.__dict__.get(name)
        code = getattr(method, "__code__", None)
        if code is not None and code.co_filename == sys.modules[cls.__module__].__file__:
            namespace[name] = method  # the class's own, which both builders keep
    frozen = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    twin = type(cls.__name__, (), namespace)
    return dataclasses.dataclass(frozen=frozen, slots=True)(twin)


def _sample_kwargs(cls: type) -> dict[str, Any]:
    return {
        f.name: 1000 + i
        for i, f in enumerate(dataclasses.fields(cls))
        if f.default_factory is dataclasses.MISSING
    }


def _comparable(cls: type) -> bool:
    """Whether two instances built from the same arguments are equal (not when a default
    factory makes objects compared by identity)."""
    factories = [f.default_factory for f in dataclasses.fields(cls)]
    made = [f() for f in factories if f is not dataclasses.MISSING]
    return all(type(m).__eq__ is not object.__eq__ for m in made)


def _no_addresses(text: str) -> str:
    return re.sub(r" at 0x[0-9a-f]+", "", text)


LITE = _lite_classes()


def test_the_front_end_ir_and_trace_classes_are_built_here() -> None:
    modules = {cls.__module__ for cls in LITE}
    assert {"pide.core.syntax.ast", "pide.core.semantics.ir", "pide.core.trace.events"} <= modules
    assert len(LITE) > 150


@pytest.mark.parametrize("cls", LITE, ids=lambda c: f"{c.__module__}.{c.__qualname__}")
def test_class_matches_its_stdlib_twin(cls: type) -> None:
    twin = _stdlib_twin(cls)
    assert cls.__slots__ == twin.__slots__  # type: ignore[attr-defined]
    assert cls.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]
    assert str(inspect.signature(cls)) == str(inspect.signature(twin))
    if cls.__doc__ and cls.__doc__.startswith(f"{cls.__name__}("):
        assert cls.__doc__ == twin.__doc__
    assert repr(cls.__dataclass_params__) == repr(twin.__dataclass_params__)  # type: ignore[attr-defined]
    assert list(cls.__dataclass_fields__) == list(twin.__dataclass_fields__)  # type: ignore[attr-defined]
    assert (cls.__hash__ is None) == (twin.__hash__ is None)
    if "__post_init__" in cls.__dict__:
        return  # its __post_init__ needs real values
    kwargs = _sample_kwargs(cls)
    mine, theirs = cls(**kwargs), twin(**kwargs)
    assert _no_addresses(repr(mine)) == _no_addresses(repr(theirs))
    assert mine == dataclasses.replace(mine) and mine != theirs  # type: ignore[type-var]
    if _comparable(cls):
        assert mine == cls(**kwargs)
        assert pickle.loads(pickle.dumps(mine)) == mine
    if twin.__hash__ is not None:
        try:
            expected = hash(theirs)
        except TypeError:  # a field holds a dict (a default factory's)
            with pytest.raises(TypeError):
                hash(mine)
        else:
            assert hash(mine) == expected
    first = dataclasses.fields(cls)[0].name if dataclasses.fields(cls) else None
    if first is not None:
        changed = dataclasses.replace(mine, **{first: -1})  # type: ignore[type-var]
        assert getattr(changed, first) == -1
    if cls.__dataclass_params__.frozen and first is not None:  # type: ignore[attr-defined]
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(mine, first, 0)


# -- hand-written shapes -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    kind: ClassVar[str] = "event"
    step: int
    payload: Any = None


@dataclass(slots=True)
class Bag:
    items: list[int] = field(default_factory=list)
    count: int = 0
    label: str = field(default="", repr=False, compare=False)

    def __post_init__(self) -> None:
        self.count = len(self.items)


@dataclass(frozen=True, slots=True)
class Single:
    value: float


@dataclass(frozen=True, slots=True)
class Empty:
    pass


@dataclass(frozen=True, slots=True, order=True)
class Ordered:
    n: int


def test_positional_defaults_match_and_keywords() -> None:
    p = Point(1)
    assert p == Point(x=1, y=0) and p != Point(1, 2) and hash(p) == hash((1, 0))
    assert repr(p) == "Point(x=1, y=0)" and Point.__doc__ == "Point(x: 'int', y: 'int' = 0)"
    match p:
        case Point(a, b):
            assert (a, b) == (1, 0)
        case _:
            pytest.fail("positional pattern")
    with pytest.raises(TypeError, match="missing 1 required positional argument: 'x'"):
        Point()  # type: ignore[call-arg]
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del p.x  # type: ignore[misc]


def test_keyword_only_and_class_variables() -> None:
    e = Event(step=3)
    assert Event.kind == "event" and [f.name for f in dataclasses.fields(e)] == ["step", "payload"]
    assert Event.__match_args__ == () and str(inspect.signature(Event)).startswith("(*, step")
    with pytest.raises(TypeError):
        Event(3)  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(e)) == e and dataclasses.replace(e, step=4).step == 4


def test_factories_post_init_and_mutable_classes() -> None:
    b, c = Bag([1, 2]), Bag()
    assert b.count == 2 and c.items == [] and c.items is not Bag().items
    assert Bag.__hash__ is None and repr(b) == "Bag(items=[1, 2], count=2)"
    assert Bag([1], label="a") == Bag([1], label="b")
    b.count = 7
    assert b.count == 7 and "<factory>" in str(inspect.signature(Bag))
    assert pickle.loads(pickle.dumps(b)) == b


def test_edge_shapes() -> None:
    assert hash(Single(1.0)) == hash((1.0,)) and Single(1.0) == Single(1.0)
    assert Empty() == Empty() and hash(Empty()) == hash(()) and repr(Empty()) == "Empty()"
    assert Ordered(1) < Ordered(2)  # order=True goes to the stdlib
    assert "__create_fn__" in Ordered.__repr__.__wrapped__.__qualname__  # type: ignore[attr-defined]
    assert not _built_here(Ordered) and _built_here(Point)


def test_pprint_lays_fields_out_as_for_stdlib_dataclasses() -> None:
    text = pprint.pformat([Point(10**30, 10**30)], width=30)
    assert (
        text
        == "[Point(x=1000000000000000000000000000000,\n       y=1000000000000000000000000000000)]"
    )


@dataclass(frozen=True, slots=True)
class OwnEquality:
    key: str
    note: str = ""

    def __eq__(self, other: object) -> bool:
        return isinstance(other, OwnEquality) and other.key == self.key

    def __hash__(self) -> int:
        return hash(self.key)


@dataclass(frozen=True, slots=True, order=True)
class OrderedBag:
    items: tuple[int, ...] = field(default_factory=tuple)


def test_a_class_keeps_its_own_equality_and_hash() -> None:
    assert OwnEquality("a", "x") == OwnEquality("a", "y") and hash(OwnEquality("a")) == hash("a")
    assert repr(OwnEquality("a")) == "OwnEquality(key='a', note='')" and _built_here(OwnEquality)


def test_replace_and_field_work_for_both_builders() -> None:
    assert replace(Point(1, 2), y=5) == Point(1, 5)
    assert replace(Event(step=1), payload="p") == Event(step=1, payload="p")
    with pytest.raises(TypeError):
        replace(Point(1), z=3)  # type: ignore[call-arg]
    assert OrderedBag().items == () and not _built_here(OrderedBag)  # order=True: the stdlib's
    assert replace(OrderedBag((1,)), items=(2,)) == OrderedBag((2,))
    assert [f.name for f in dataclasses.fields(OrderedBag)] == ["items"]


def test_record_fields_lists_what_dataclasses_fields_lists() -> None:
    for cls in (Point, Event, Bag, OwnEquality):
        specs = record_fields(cls)
        assert specs is not None
        assert [s.name for s in specs] == [f.name for f in dataclasses.fields(cls)]
    assert record_fields(OrderedBag) is None


def test_checking_never_imports_dataclasses_for_these_classes() -> None:
    script = (
        "import sys\n"
        "from pide.core.syntax import ast\n"
        "from pide.core.semantics import ir, symbols, types\n"
        "from pide.core.trace import events, model\n"
        "assert 'dataclasses' not in sys.modules, 'a module imported dataclasses'\n"
        "import dataclasses\n"
        "assert dataclasses.is_dataclass(ast.Name) and dataclasses.fields(ast.Name)\n"
    )
    import subprocess

    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr


def test_a_plain_subclass_reads_its_base_s_fields_first() -> None:
    @dataclass(frozen=True, slots=True)
    class Base:
        x: int

    class Sub(Base):
        __slots__ = ()

    assert [f.name for f in dataclasses.fields(Sub)] == ["x"] and dataclasses.is_dataclass(Sub)
    assert Sub.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert "__dataclass_fields__" in Base.__dict__ and "__dataclass_fields__" not in Sub.__dict__
    assert replace(Sub(1), x=2) == Sub(2)
