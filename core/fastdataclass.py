"""`dataclass` for pide's record classes, built at a fraction of the stdlib's import cost.

The front end, the IR and the trace define a few hundred frozen, slotted dataclasses, and
`pide check` imports all of them before its first schedule. The stdlib decorator compiles
six to eight functions per class with `exec` and, for a class without a docstring, calls
`inspect.signature` to write one: about a millisecond per class, most of a cold start.

This decorator builds the same class without compiling anything per class. Each generated
method is a template compiled once per field count, then specialised with
`CodeType.replace` (the field names become the parameter and attribute names), so `__eq__`
and `__hash__` run the very bytecode the stdlib would generate. A frozen class's `__init__`
stores through the slots' own descriptors (what `object.__setattr__` does, minus the
attribute lookup), so its instances are also built faster than the stdlib's.

The class is a real dataclass to the rest of Python: `dataclasses.fields`, `replace` and
`is_dataclass` find its `__dataclass_fields__`; `match` uses `__match_args__`; equality,
hashing, `repr`, the docstring and `inspect.signature` match the stdlib's; frozen instances
raise `FrozenInstanceError` and pickle through `__getstate__` / `__setstate__`. The module
does not even import `dataclasses` (with inspect, ast and dis, another 8 ms): the fields
live in `Spec`s, and `__dataclass_fields__` / `__dataclass_params__` build the stdlib's
objects on first read. `field` and `replace` here are the stdlib's for these classes.

Only the common shape takes this path: `slots=True`, no base class, string annotations
(`from __future__ import annotations`), no `InitVar`, `KW_ONLY` or `init=False` field, no
`order` or `unsafe_hash`, and no `__init__`, `__setattr__`, `__slots__`... of the class's
own (its `__repr__`, `__eq__` and `__hash__` are kept, as the stdlib keeps them). Anything
else goes to `dataclasses.dataclass` unchanged. A class with a `default_factory` or a
`__post_init__` gets an `__init__` compiled from source (there are few). Type checkers see
the stdlib's `dataclass`, `field` and `replace` (`TYPE_CHECKING`), so mypy checks the
classes as before.
"""

from __future__ import annotations

import re
import reprlib
from collections.abc import Callable
from types import FunctionType
from typing import TYPE_CHECKING, Any

from pide.core.fasttemplates import GLOBALS, rename_placeholders, template


class _Missing:
    """No default (the stdlib's `MISSING`, which would mean importing `dataclasses`)."""

    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()
MISSING: Any = _MISSING  # what a `Spec` holds for "no default" (not `dataclasses.MISSING`)


if TYPE_CHECKING:
    from dataclasses import dataclass as dataclass
    from dataclasses import field as field
    from dataclasses import replace as replace
else:

    def dataclass(cls=None, /, **options):
        """`dataclasses.dataclass` (same options), cheaper for slotted classes."""

        def wrap(cls):
            return _build(cls, options)

        return wrap if cls is None else wrap(cls)

    def field(
        *,
        default=_MISSING,
        default_factory=_MISSING,
        init=True,
        repr=True,
        hash=None,
        compare=True,
        metadata=None,
        kw_only=_MISSING,
    ):
        """`dataclasses.field`, for a class this module builds."""
        if default is not _MISSING and default_factory is not _MISSING:
            raise ValueError("cannot specify both default and default_factory")
        return Spec("", "", default, default_factory, init, repr, hash, compare, metadata, kw_only)

    def replace(obj, /, **changes):
        """`dataclasses.replace`."""
        specs = getattr(type(obj), "_record_fields", None)
        if specs is None:
            import dataclasses

            return dataclasses.replace(obj, **changes)
        for spec in specs:
            if not spec.classvar and spec.name not in changes:
                changes[spec.name] = getattr(obj, spec.name)
        return obj.__class__(**changes)


class Spec:
    """One field as this module keeps it: what `dataclasses.Field` says, and no more."""

    __slots__ = (
        "name",
        "type",
        "default",
        "default_factory",
        "init",
        "repr",
        "hash",
        "compare",
        "metadata",
        "kw_only",
        "classvar",
    )

    def __init__(
        self,
        name: str,
        type: str,
        default: Any,
        default_factory: Any,
        init: bool,
        repr: bool,
        hash: bool | None,
        compare: bool,
        metadata: Any,
        kw_only: Any,
        classvar: bool = False,
    ) -> None:
        self.name = name
        self.type = type
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = metadata
        self.kw_only = kw_only
        self.classvar = classvar


def record_fields(cls: type) -> tuple[Spec, ...] | None:
    """What `dataclasses.fields(cls)` lists (its instance fields, in declaration order), for
    a class this module built, without importing `dataclasses`; None for any other class."""
    specs: tuple[Spec, ...] | None = cls.__dict__.get("_record_fields")
    if specs is None:
        return None
    return tuple(s for s in specs if not s.classvar)


_OPTIONS = {
    "init": True,
    "repr": True,
    "eq": True,
    "order": False,
    "unsafe_hash": False,
    "frozen": False,
    "match_args": True,
    "kw_only": False,
    "slots": False,
}
_REQUIRED = {"init": True, "repr": True, "eq": True, "order": False, "unsafe_hash": False}
_REQUIRED |= {"match_args": True, "slots": True}
# What a dataclass writes itself: a class defining one of these keeps the stdlib's rules.
# (A class's own __repr__, __eq__ and __hash__ are kept, as the stdlib keeps them.)
_GENERATED = frozenset(
    [
        "__init__",
        "__setattr__",
        "__delattr__",
        "__getstate__",
        "__setstate__",
        "__slots__",
        "__match_args__",
        "__dataclass_fields__",
        "_record_fields",
    ]
)
_CLASSVAR = re.compile(r"\s*(typing\.)?ClassVar\b")
_SPECIAL = re.compile(r"\s*(dataclasses\.)?(InitVar|KW_ONLY)\b")


class _Fallback(Exception):
    """The class needs something this builder does not do; the stdlib builds it."""


class _FactorySentinel:
    """The default of a parameter whose field has a `default_factory` (shown as the
    stdlib shows it)."""

    def __repr__(self) -> str:
        return "<factory>"


_HAS_FACTORY = _FactorySentinel()


_lite_options: dict[frozenset[tuple[str, Any]], tuple[bool, bool] | None] = {}


def _lite(options: dict[str, Any]) -> tuple[bool, bool] | None:
    """(frozen, kw_only) when these options are this module's to build, else None."""
    key = frozenset(options.items())
    if key not in _lite_options:
        opts = {**_OPTIONS, **options}
        lite = set(opts) == set(_OPTIONS) and all(opts[k] == v for k, v in _REQUIRED.items())
        _lite_options[key] = (opts["frozen"], opts["kw_only"]) if lite else None
    return _lite_options[key]


def _build(cls: type, options: dict[str, Any]) -> type:
    lite = _lite(options)
    if lite is not None:
        try:
            return _build_lite(cls, frozen=lite[0], kw_only=lite[1])
        except _Fallback:
            pass
    import dataclasses

    for name, value in list(cls.__dict__.items()):
        if isinstance(value, Spec):  # our field(): the stdlib wants its own
            setattr(cls, name, _stdlib_field(dataclasses, value))
    return dataclasses.dataclass(cls, **options)


def _stdlib_field(dataclasses: Any, spec: Spec) -> Any:
    def unmissing(value: Any) -> Any:
        return dataclasses.MISSING if value is _MISSING else value

    return dataclasses.field(
        default=unmissing(spec.default),
        default_factory=unmissing(spec.default_factory),
        init=spec.init,
        repr=spec.repr,
        hash=spec.hash,
        compare=spec.compare,
        metadata=spec.metadata,
        kw_only=unmissing(spec.kw_only),
    )


def _fields_of(cls: type, kw_only: bool) -> tuple[Spec, ...]:
    """The class's fields and class variables, in annotation order."""
    specs: list[Spec] = []
    # Read directly: inspect.get_annotations costs more than building the rest of the class.
    annotations = cls.__dict__.get("__annotations__", {})  # noqa: RUF063
    if not isinstance(annotations, dict) or "__annotate__" in cls.__dict__:
        raise _Fallback  # lazily evaluated annotations (PEP 649): the stdlib knows how
    for name, annotation in annotations.items():
        if not isinstance(annotation, str) or name.startswith("__") or name == "self":
            raise _Fallback
        special = ("Var" in annotation or "KW_ONLY" in annotation) and annotation
        if special and _SPECIAL.match(special):
            raise _Fallback
        value = cls.__dict__.get(name, _MISSING)
        if isinstance(value, Spec):
            spec = value
        elif type(value).__name__ == "Field" and type(value).__module__ == "dataclasses":
            raise _Fallback  # dataclasses.field() itself: leave the class to the stdlib
        else:
            if value is not _MISSING and type(value).__hash__ is None:
                raise _Fallback  # a mutable default: the stdlib raises its ValueError
            spec = Spec("", "", value, _MISSING, True, True, None, True, None, _MISSING)
        if not spec.init:
            raise _Fallback
        spec.name = name
        spec.type = annotation
        if special and _CLASSVAR.match(special):
            spec.classvar = True
        elif spec.kw_only is _MISSING:
            spec.kw_only = kw_only
        specs.append(spec)
    return tuple(specs)


def _build_lite(cls: type, *, frozen: bool, kw_only: bool) -> type:
    if cls.__bases__ != (object,) or _GENERATED.intersection(cls.__dict__):
        raise _Fallback
    specs = _fields_of(cls, kw_only)
    fields = [s for s in specs if not s.classvar]
    positional = [f for f in fields if not f.kw_only]
    keyword = [f for f in fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not _MISSING or f.default_factory is not _MISSING
        if seen_default and not has_default:
            raise _Fallback  # the stdlib raises its TypeError
        seen_default = has_default

    names = tuple(f.name for f in fields)
    namespace = dict(cls.__dict__)
    for name in names:
        namespace.pop(name, None)
    namespace.pop("__dict__", None)
    namespace.pop("__weakref__", None)
    namespace["__slots__"] = names
    namespace["_record_fields"] = specs
    namespace["__dataclass_fields__"] = _StdlibFields()
    namespace["__dataclass_params__"] = _StdlibParams(frozen, kw_only)
    namespace["__match_args__"] = tuple(f.name for f in positional)
    if namespace.get("__doc__") is None:
        namespace["__doc__"] = _signature_doc(cls.__name__, positional, keyword)
    new_cls: type = type(cls)(cls.__name__, cls.__bases__, namespace)
    new_cls.__qualname__ = cls.__qualname__

    init = _make_init(new_cls, positional, keyword, frozen)
    init.__annotations__ = {f.name: f.type for f in positional + keyword} | {"return": None}
    own = cls.__dict__
    methods: dict[str, Callable[..., Any]] = {"__init__": init}
    if "__repr__" not in own:
        methods["__repr__"] = _make_repr(fields)
    if "__eq__" not in own:
        methods["__eq__"] = _specialise("eq", [f.name for f in fields if f.compare])
    # The stdlib's rule: a class body's __hash__ stays, unless it is the None that Python
    # puts there for a class defining __eq__ alone.
    explicit_hash = "__hash__" in own and not (own["__hash__"] is None and "__eq__" in own)
    if frozen and not explicit_hash:
        hashed = [f.name for f in fields if (f.compare if f.hash is None else f.hash)]
        methods["__hash__"] = _specialise("hash", hashed)
    if frozen:
        methods.update(_frozen_methods(new_cls, names))
    for name, method in methods.items():
        method.__qualname__ = f"{cls.__qualname__}.{name}"  # the wrapper only, for __repr__
        method.__module__ = cls.__module__
        setattr(new_cls, name, method)
    if not frozen and not explicit_hash:
        new_cls.__hash__ = None  # type: ignore[assignment]
    return new_cls


# -- what `dataclasses` reads, built on first use -------------------------------------------
#
# Importing `dataclasses` (and with it inspect, ast, dis, tokenize) costs a cold start about
# 8 ms, and a check never calls `dataclasses.fields` or `is_dataclass`: these class
# attributes build the stdlib's objects when something does, then replace themselves.


class _StdlibFields:
    """`__dataclass_fields__`: a dict of `dataclasses.Field`, made on first read."""

    def __get__(self, obj: Any, owner: type) -> dict[str, Any]:
        import dataclasses

        # The class this module built (`owner` may be a plain subclass of it).
        owner = next(c for c in owner.__mro__ if c.__dict__.get("__dataclass_fields__") is self)
        fields: dict[str, Any] = {}
        for spec in owner.__dict__["_record_fields"]:
            f = _stdlib_field(dataclasses, spec)
            f.name = spec.name
            f.type = spec.type
            if spec.classvar:
                f._field_type = dataclasses._FIELD_CLASSVAR  # type: ignore[attr-defined]
            else:
                f._field_type = dataclasses._FIELD  # type: ignore[attr-defined]
            fields[spec.name] = f
        type.__setattr__(owner, "__dataclass_fields__", fields)
        return fields


class _StdlibParams:
    """`__dataclass_params__`: the stdlib's own, for these options, made on first read."""

    _made: dict[tuple[bool, bool], Any] = {}

    def __init__(self, frozen: bool, kw_only: bool) -> None:
        self.key = (frozen, kw_only)

    def __get__(self, obj: Any, owner: type) -> Any:
        owner = next(c for c in owner.__mro__ if c.__dict__.get("__dataclass_params__") is self)
        params = self._made.get(self.key)
        if params is None:  # its fields vary by version: take it from an empty class
            import dataclasses

            frozen, kw_only = self.key
            make = dataclasses.dataclass(frozen=frozen, slots=True, kw_only=kw_only)
            empty: Any = make(type("_Empty", (), {}))
            params = self._made[self.key] = empty.__dataclass_params__
        type.__setattr__(owner, "__dataclass_params__", params)
        return params


def _frozen_error(message: str) -> Exception:
    import dataclasses

    return dataclasses.FrozenInstanceError(message)


def _signature_doc(name: str, positional: list[Spec], keyword: list[Spec]) -> str:
    """The docstring the stdlib gives a class without one: its constructor's signature."""

    def param(f: Spec) -> str:
        text = f"{f.name}: {f.type!r}"
        if f.default_factory is not _MISSING:
            return f"{text} = <factory>"
        if f.default is not _MISSING:
            return f"{text} = {f.default!r}"
        return text

    parts = [param(f) for f in positional]
    if keyword:
        parts.append("*")
        parts.extend(param(f) for f in keyword)
    return f"{name}({', '.join(parts)})"


# -- templates (see fasttemplates) ----------------------------------------------------------


def _template_source(kind: str, n: int) -> str:
    attrs = [f"_pf{i}" for i in range(n)]
    if kind == "eq":
        mine = "".join(f"self.{a}," for a in attrs)
        theirs = "".join(f"other.{a}," for a in attrs)
        return (
            "def __eq__(self, other):\n"
            "    if other.__class__ is self.__class__:\n"
            f"        return ({mine})==({theirs})\n"
            "    return NotImplemented\n"
        )
    if kind == "hash":
        return f"def __hash__(self):\n    return hash(({''.join(f'self.{a},' for a in attrs)}))\n"
    params = "".join(f", _pa{i}" for i in range(n))
    if kind == "init":
        body = "".join(f"    self._pf{i} = _pa{i}\n" for i in range(n)) or "    pass\n"
        return f"def __init__(self{params}):\n{body}"
    assert kind == "frozen_init", kind
    setters = ", ".join(f"_ps{i}" for i in range(n))
    body = "".join(f"        _ps{i}(self, _pa{i})\n" for i in range(n)) or "        pass\n"
    return f"def factory({setters}):\n    def __init__(self{params}):\n{body}    return __init__\n"


def _template(kind: str, n: int) -> FunctionType:
    return template(f"dataclass.{kind}.{n}", lambda: _template_source(kind, n))


def _specialise(kind: str, names: list[str]) -> FunctionType:
    fn = _template(kind, len(names))
    code = rename_placeholders(fn.__code__, names, params=False)
    return FunctionType(code, GLOBALS, fn.__name__)


def _make_init(
    cls: type, positional: list[Spec], keyword: list[Spec], frozen: bool
) -> FunctionType:
    params = positional + keyword
    setters = [getattr(cls, f.name).__set__ for f in params]
    if any(f.default_factory is not _MISSING for f in params) or hasattr(cls, "__post_init__"):
        return _init_from_source(cls, positional, keyword, setters)
    names = [f.name for f in params]
    if frozen:
        init: FunctionType = _template("frozen_init", len(params))(*setters)
    else:
        plain = _template("init", len(params))
        init = FunctionType(plain.__code__, GLOBALS, "__init__")
    init.__code__ = rename_placeholders(init.__code__, names, params=True).replace(
        co_argcount=1 + len(positional),
        co_kwonlyargcount=len(keyword),
        co_qualname=f"{cls.__qualname__}.__init__",
    )
    defaults = tuple(f.default for f in positional if f.default is not _MISSING)
    init.__defaults__ = defaults or None
    kwdefaults = {f.name: f.default for f in keyword if f.default is not _MISSING}
    init.__kwdefaults__ = kwdefaults or None
    return init


def _init_from_source(
    cls: type,
    positional: list[Spec],
    keyword: list[Spec],
    setters: list[Callable[[Any, Any], None]],
) -> FunctionType:
    """The `__init__` of a class with default factories or a `__post_init__`."""
    namespace: dict[str, Any] = {"_HAS_FACTORY": _HAS_FACTORY}
    params: list[str] = []
    body: list[str] = []
    for i, f in enumerate(positional + keyword):
        if keyword and f is keyword[0]:
            params.append("*")
        namespace[f"_s{i}"] = setters[i]
        if f.default_factory is not _MISSING:
            namespace[f"_f{i}"] = f.default_factory
            params.append(f"{f.name}=_HAS_FACTORY")
            body.append(f"    _s{i}(self, _f{i}() if {f.name} is _HAS_FACTORY else {f.name})\n")
            continue
        if f.default is not _MISSING:
            namespace[f"_d{i}"] = f.default
            params.append(f"{f.name}=_d{i}")
        else:
            params.append(f.name)
        body.append(f"    _s{i}(self, {f.name})\n")
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()\n")
    source = f"def __init__(self, {', '.join(params)}):\n" + ("".join(body) or "    pass\n")
    exec(source, namespace)  # built from the class's own (identifier) field names
    init: FunctionType = namespace["__init__"]
    return init


def _make_repr(fields: list[Spec]) -> Callable[[Any], str]:
    shown = tuple(f.name for f in fields if f.repr)

    def __repr__(self: Any) -> str:
        inner = ", ".join([f"{name}={getattr(self, name)!r}" for name in shown])
        return f"{self.__class__.__qualname__}({inner})"

    # pprint lays a dataclass out field by field when its repr is the generated one, which
    # it recognises by the wrapped function's name.
    __repr__.__qualname__ = "__create_fn__.<locals>.__repr__"
    wrapper = reprlib.recursive_repr()(__repr__)
    wrapper.__wrapped__ = __repr__  # type: ignore[attr-defined]
    return wrapper


def _frozen_methods(cls: type, names: tuple[str, ...]) -> dict[str, Callable[..., Any]]:
    """Assignment and deletion raise; pickling restores the slots through their setters."""
    field_names = frozenset(names)
    owner: Any = cls
    setters = [getattr(cls, name).__set__ for name in names]
    getters = [getattr(cls, name).__get__ for name in names]

    def __setattr__(self: Any, name: str, value: Any) -> None:
        if type(self) is cls or name in field_names:
            raise _frozen_error(f"cannot assign to field {name!r}")
        super(owner, self).__setattr__(name, value)

    def __delattr__(self: Any, name: str) -> None:
        if type(self) is cls or name in field_names:
            raise _frozen_error(f"cannot delete field {name!r}")
        super(owner, self).__delattr__(name)

    def __getstate__(self: Any) -> list[Any]:
        return [get(self) for get in getters]

    def __setstate__(self: Any, state: list[Any]) -> None:
        for setter, value in zip(setters, state, strict=False):
            setter(self, value)

    return {
        "__setattr__": __setattr__,
        "__delattr__": __delattr__,
        "__getstate__": __getstate__,
        "__setstate__": __setstate__,
    }
