"""Unit tests of effects: the vocabulary and its one search per file, the path each effect runs
on, what releases an effect (shared by every rule), and how a use of a container reads."""

from __future__ import annotations

from test_semantic import model_of, nodes

from leaklint.parse import parse
from leaklint.semantic.effects import FileEffects, Kind, Vocabulary
from leaklint.semantic.paths import Path, path_of
from leaklint.semantic.releases import handle_cleared, handle_kept, matching_removal, removes_itself, torn_down_in
from leaklint.semantic.uses import Use, use_of

VOCABULARY = Vocabulary.union([
    Vocabulary.of({Kind.LISTEN: ["on", "addEventListener"], Kind.RELEASE: ["off", "removeAllListeners", "destroy"]}),
    Vocabulary.of({Kind.START: ["subscribe"]}, {Kind.START: ["setInterval"], Kind.RELEASE: ["clearInterval"]}),
])


def effects_of(code: str, name: str = "x.js") -> tuple[FileEffects, object]:
    source = parse(name, code)
    return FileEffects(source.root, source.data, VOCABULARY), source


def shown(effects) -> list[str]:
    return [e.node.text.decode() for e in effects]


def test_the_vocabulary_merges_every_rules_names_by_kind_and_form():
    assert VOCABULARY.method_names == {"on", "addEventListener", "off", "removeAllListeners", "destroy", "subscribe"}
    assert VOCABULARY.function_names == {"setInterval", "clearInterval"}


def test_listen_effects_are_method_calls_with_their_parts_never_words_in_strings_or_comments():
    effects, _ = effects_of("""
// bus.on('x', f) in a comment
const s = "a.on('x', f)";
bus.on('tick', handler, { once: true });
bus
  .on('later', () => 1);
on('bare', f);
function on(a, b) {}
""")
    listens = effects.of(Kind.LISTEN, ["on"])
    assert shown(listens) == ["bus.on('tick', handler, { once: true })", "bus\n  .on('later', () => 1)"]
    first = listens[0]
    assert (first.target.text, first.event.text, first.value.text) == (b"bus", b"'tick'", b"handler")
    assert first.options is None and not removes_itself(first.options)  # Node's EventEmitter reads no options argument
    target = effects_of("window.addEventListener('resize', handler, { once: true });")[0].of(Kind.LISTEN, ["addEventListener"])
    assert removes_itself(target[0].options)  # an EventTarget does


def test_function_names_are_found_bare_and_on_namespaces_and_an_unknown_verb_in_both_forms():
    effects, _ = effects_of("""
const t = setInterval(tick, 10);
timers.setInterval(tick, 20);
every(tick, 30);
x.every(tick, 40);
""")
    assert shown(effects.of(Kind.START, ["setInterval"])) == ["setInterval(tick, 10)", "timers.setInterval(tick, 20)"]
    assert shown(effects.of(Kind.START, ["every"])) == ["every(tick, 30)", "x.every(tick, 40)"]  # an imported alias


def test_one_call_read_as_an_effect_is_built_once_for_every_rule_that_asks():
    effects, _ = effects_of("emitter.off('x', f);")
    assert effects.of(Kind.RELEASE, ["off"])[0] is effects.of(Kind.RELEASE, ["off", "destroy"])[0]


def test_constructed_effects_read_new_expressions_by_constructor_name():
    effects, _ = effects_of("const o = new MutationObserver(cb); const p = new window.ResizeObserver(cb2);")
    found = effects.constructed(Kind.START, ["MutationObserver", "ResizeObserver"])
    assert [e.verb for e in found] == ["MutationObserver", "ResizeObserver"]
    assert found[0].value.text == b"cb"


def test_a_release_names_what_it_releases_a_handle_or_a_receiver_with_event_and_handler():
    effects, _ = effects_of("clearInterval(t); window.clearInterval(u); bus.off('x', f); bus.removeAllListeners('x');")
    targets = [e.target.text for e in effects.of(Kind.RELEASE, ["clearInterval", "off", "removeAllListeners"])]
    assert targets == [b"t", b"u", b"bus", b"bus"]


def path_at(code: str, marker: str) -> Path:
    _, source = effects_of(code)
    call = next(n for n in nodes(source.root, "call_expression") if n.text.decode().startswith(marker))
    return path_of(call)


def test_the_path_of_an_effect_comes_from_its_function_and_the_blocks_around_it():
    assert path_at("function f() { done(); }", "done") is Path.ALWAYS
    assert path_at("function f() { if (x) { done(); } }", "done") is Path.CONDITION
    assert path_at("function f() { if (done()) {} }", "done") is Path.ALWAYS  # the test itself always runs
    assert path_at("function f() { ok && done(); }", "done") is Path.CONDITION
    assert path_at("try { work(); } catch (e) { done(); }", "done") is Path.ERROR
    assert path_at("try { work(); } finally { done(); }", "done") is Path.COMPLETION
    assert path_at("try { work(); } catch (e) { if (x) done(); }", "done") is Path.ERROR


def test_the_path_of_a_callback_comes_from_what_it_is_registered_for():
    assert path_at("p.catch(() => done());", "done") is Path.ERROR
    assert path_at("p.then(ok, () => done());", "done") is Path.ERROR
    assert path_at("p.then(() => done());", "done") is Path.ALWAYS
    assert path_at("p.finally(() => done());", "done") is Path.COMPLETION
    assert path_at("s.on('close', () => done());", "done") is Path.COMPLETION
    assert path_at("s.once('error', (e) => done());", "done") is Path.ERROR
    assert path_at("signal.addEventListener('abort', () => done());", "done") is Path.CANCEL
    assert path_at("setTimeout(() => done(), 10);", "done") is Path.TIMEOUT
    assert Path.COMPLETION.normal and not Path.ERROR.normal


def test_removes_itself_knows_once_and_signal_but_not_once_false():
    _, source = effects_of("a({ once: true }); b({ signal }); c({ signal: ac.signal }); d({ once: false }); e({ passive: true });")
    options = [n for n in nodes(source.root, "object")]
    assert [removes_itself(o) for o in options] == [True, True, True, False, False]


def test_a_kept_handle_is_a_disposable_whoever_keeps_it():
    _, source = effects_of("const off = bus.on('a', f); bus.on('b', g); list.push(bus.on('c', h)); return bus.on('d', i);")
    calls = [n for n in nodes(source.root, "call_expression") if n.text.decode().startswith("bus.on")]
    assert [handle_kept(c) for c in calls] == [True, False, True, True]


def test_a_matching_removal_needs_the_same_receiver_event_and_handler_or_a_removal_of_all():
    code = """
bus.on('a', onA); bus.off('a', onA);
bus.on('b', onB); other.off('b', onB);
bus.on('c', onC); bus.off('d', onC);
bus.on('e', () => 1); bus.off('e', () => 1);
bus.on('f', onF); bus.removeAllListeners('f');
"""
    model, root = model_of(code)
    source = parse("x.js", code)
    effects = FileEffects(source.root, source.data, VOCABULARY)
    removals = effects.of(Kind.RELEASE, ["off", "removeAllListeners"])
    found = []
    for listen in effects.of(Kind.LISTEN, ["on"]):
        removal = matching_removal(listen.event, listen.value, listen.target, None, removals, ["removeAllListeners"], model)
        found.append(removal.node.text.decode() if removal else None)
    assert found == ["bus.off('a', onA)", None, None, None, "bus.removeAllListeners('f')"]


def test_a_teardown_counts_only_in_the_same_function_and_a_timer_handle_cleared_anywhere():
    code = "function f(s) { s.on('x', g); s.destroy(); } function h(s) { s.on('y', g); } const t = setInterval(k); clearInterval(t);"
    model, _ = model_of(code)
    effects, source = effects_of(code)
    teardowns = effects.of(Kind.RELEASE, ["destroy"])
    listens = effects.of(Kind.LISTEN, ["on"])
    from leaklint.semantic.nodes import enclosing_function
    assert torn_down_in(enclosing_function(listens[0].node), listens[0].target, None, teardowns, model)
    assert not torn_down_in(enclosing_function(listens[1].node), listens[1].target, None, teardowns, model)
    start = effects.of(Kind.START, ["setInterval"])[0]
    assert handle_cleared(start.node, effects.of(Kind.RELEASE, ["clearInterval"]))


def use_at(code: str, kind: str = "any", at: int = -1) -> Use:
    _, root = model_of(code)
    ident = [n for n in nodes(root, "identifier", "cache")][at]
    return use_of(ident, kind, ("set", "add", "push"), ("delete", "clear")).use


def test_a_use_of_a_container_reads_as_grow_release_alias_size_argument_value_or_a_read():
    assert use_at("cache.set(k, v);", "Map") is Use.GROW
    assert use_at("cache.push(v);", "Map") is Use.NEUTRAL  # not how a Map grows
    assert use_at("cache[k] = v;", "object") is Use.GROW
    assert use_at("cache = [...cache, v];", at=0) is Use.GROW
    assert use_at("cache = [...cache, v];", at=1) is Use.NEUTRAL  # the old entries: counted at the assignment
    assert use_at("cache.delete(k);") is Use.RELEASE
    assert use_at("delete cache[k];") is Use.RELEASE
    assert use_at("cache.length = 0;") is Use.RELEASE
    assert use_at("cache.splice(0, 1);") is Use.RELEASE
    assert use_at("cache.splice(0, 0, v);", "array") is Use.GROW
    assert use_at("cache = new Map();") is Use.RELEASE
    assert use_at("const m = cache;") is Use.ALIAS
    assert use_at("if (cache.size > 100) {}") is Use.SIZE
    assert use_at("send(cache);") is Use.ARGUMENT
    assert use_at("function f() { return cache; }") is Use.VALUE
    assert use_at("cache.get(k);") is Use.NEUTRAL


def test_a_grow_use_is_an_effect_with_its_key_and_value():
    _, root = model_of("cache.set(id, value);")
    found = use_of(nodes(root, "identifier", "cache")[0], "Map", ("set",), ())
    assert found.effect.kind is Kind.GROW and found.effect.key.text == b"id" and found.effect.value.text == b"value"
