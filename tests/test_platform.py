"""Unit tests of semantic.platform: which objects the code receives for one use that the
platform keeps for many (pooled connections), and the registries that live as long as the
process (exit hooks)."""

from __future__ import annotations

from leaklint.parse import parse
from leaklint.semantic.model import SemanticModel
from leaklint.semantic.nodes import callee_name, callee_object, walk
from leaklint.semantic.platform import exit_hook_names, pool_loan


def receiver(code: str, method: str = "on", name: str = "x.js"):
    source = parse(name, code)
    model = SemanticModel(source.root, source.language, source.data)
    call = next(n for n in walk(source.root) if n.type == "call_expression" and callee_name(n) == method)
    return callee_object(call), model


def test_a_connection_lent_by_a_pool_and_given_back_is_a_loan():
    for code in (
        "pool.getConnection((err, conn) => { conn.on('error', f); conn.query(q, () => conn.release()) })",
        "async function q(pool) { const client = await pool.connect(); client.on('notice', f); client.release() }",
        "pgPool.connect(function (err, client, done) { client.on('error', f); done() })",
        "async function q(pool) { const r = await pool.acquire(); r.on('error', f); pool.release(r) }",
    ):
        found = pool_loan(*receiver(code))
        assert found is not None, code
        assert found[1].type == "call_expression" and callee_name(found[1]) in ("getConnection", "connect", "acquire")


def test_a_connection_kept_for_good_or_not_from_a_pool_is_not_a_loan():
    for code in (
        # checked out for good: kept in a field, never given back
        "class N { async listen() { const client = await this.pool.connect(); client.on('notification', f); this.client = client } }",
        # `connect` of something that is not a pool: a client's own connection
        "async function q(db) { const c = await db.connect(); c.on('error', f); c.release() }",
        # a module-level connection is not lent per use
        "const conn = pool.getConnection(); conn.on('error', f); conn.release()",
        # the connection is the first parameter of the callback, where the error goes
        "pool.getConnection((conn) => { conn.on('error', f); conn.release() })",
    ):
        assert pool_loan(*receiver(code)) is None, code


def test_exit_hook_names_follow_imports_and_requires_of_the_registries():
    for code, name in (
        ("const onExit = require('signal-exit');", "onExit"),
        ("import { onExit } from 'signal-exit';", "onExit"),
        ("import exitHook from 'exit-hook';", "exitHook"),
        ("const { onExit } = require('signal-exit');", "onExit"),
    ):
        source = parse("x.mjs", code + " f();")
        model = SemanticModel(source.root, source.language, source.data)
        assert exit_hook_names(model, source.data) == {name: code.split("'")[1]}, code
    source = parse("x.mjs", "import { signals } from 'signal-exit'; const onExit = require('other');")
    assert exit_hook_names(SemanticModel(source.root, source.language, source.data), source.data) == {}


def test_a_parameter_typed_as_a_drivers_lent_connection_is_a_loan():
    for code in (
        "import { PoolClient } from 'pg';\nexport function run(client: PoolClient) { client.on('error', f) }",
        "import type { PoolConnection } from 'mysql2';\nexport function run(conn: PoolConnection) { conn.on('end', f) }",
        "import * as pg from 'pg';\nexport function run(client: pg.PoolClient) { client.on('error', f) }",
    ):
        found = pool_loan(*receiver(code, name="x.ts"))
        assert found is not None and found[1].type == "required_parameter", code
    for code in (
        "import { Client } from 'pg';\nexport function run(client: Client) { client.on('error', f) }",
        "interface PoolClient { on(e: string, f: () => void): void }\nexport function run(client: PoolClient) { client.on('error', f) }",
    ):
        assert pool_loan(*receiver(code, name="x.ts")) is None, code
