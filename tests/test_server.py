"""`leaklint server` end to end: a real LSP client (pytest-lsp) starts it over stdio, opens and
saves files, and reads the diagnostics, quick fixes and log messages it sends back."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types as lsp
from pytest_lsp import ClientServerConfig, LanguageClient

HELPER = "export function watch(emitter, fn) {\n  emitter.on('tick', fn);\n}\n"
HELPER_FIXED = "export function watch(emitter, fn) {\n  emitter.once('tick', fn);\n}\n"
MAIN = """import http from 'node:http';
import { EventEmitter } from 'node:events';
import { watch } from './helper.js';

export const bus = new EventEmitter();

http.createServer((req, res) => {
  watch(bus, () => res.write('.'));
  res.end();
}).listen(8080);
"""


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    (tmp_path / "helper.js").write_text(HELPER)
    (tmp_path / "main.js").write_text(MAIN)
    return tmp_path


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "leaklint", "server"]))
async def client(lsp_client: LanguageClient, workspace: Path):
    await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri=workspace.as_uri(),
        workspace_folders=[lsp.WorkspaceFolder(uri=workspace.as_uri(), name="fixture")],
    ))
    yield
    await lsp_client.shutdown_session()


def open_file(client: LanguageClient, path: Path) -> str:
    uri = path.as_uri()
    client.text_document_did_open(lsp.DidOpenTextDocumentParams(
        text_document=lsp.TextDocumentItem(uri=uri, language_id="javascript", version=1, text=path.read_text())))
    return uri


def save_file(client: LanguageClient, path: Path, text: str) -> None:
    path.write_text(text)
    client.text_document_did_save(lsp.DidSaveTextDocumentParams(text_document=lsp.TextDocumentIdentifier(uri=path.as_uri())))


async def diagnostics_for(client: LanguageClient, uri: str, want, timeout: float = 60) -> list[lsp.Diagnostic]:
    """Wait until the diagnostics published for `uri` satisfy `want`."""
    async def wait() -> list[lsp.Diagnostic]:
        while uri not in client.diagnostics or not want(client.diagnostics[uri]):
            await client.wait_for_notification(lsp.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        return client.diagnostics[uri]
    return await asyncio.wait_for(wait(), timeout)


async def test_an_opened_file_gets_its_findings_as_diagnostics(client: LanguageClient, workspace: Path):
    uri = open_file(client, workspace / "main.js")
    found = await diagnostics_for(client, uri, lambda d: len(d) > 0)
    leak = next(d for d in found if d.code == "listener-leak")
    assert leak.source == "leaklint" and leak.severity == lsp.DiagnosticSeverity.Warning
    assert leak.range.start.line == 7  # `watch(bus, ...)`, zero-based
    assert "listener-leak" in leak.code_description.href
    assert leak.related_information, "related locations and code-flow steps come along"


async def test_saving_a_helper_updates_the_findings_of_the_file_that_imports_it(client: LanguageClient, workspace: Path):
    main = open_file(client, workspace / "main.js")
    await diagnostics_for(client, main, lambda d: any(x.code == "listener-leak" for x in d))
    open_file(client, workspace / "helper.js")
    save_file(client, workspace / "helper.js", HELPER_FIXED)
    assert await diagnostics_for(client, main, lambda d: not any(x.code == "listener-leak" for x in d)) == []


async def test_the_quick_fix_inserts_a_suppression_that_the_next_analysis_honours(client: LanguageClient, workspace: Path):
    main = open_file(client, workspace / "main.js")
    found = await diagnostics_for(client, main, lambda d: len(d) > 0)
    actions = await client.text_document_code_action_async(lsp.CodeActionParams(
        text_document=lsp.TextDocumentIdentifier(uri=main), range=found[0].range,
        context=lsp.CodeActionContext(diagnostics=found)))
    edit = actions[0].edit.changes[main][0]
    assert edit.new_text == f"  // leaklint-disable-next-line {found[0].code} -- \n" and edit.range.start.line == 7
    lines = MAIN.splitlines(keepends=True)
    lines.insert(7, edit.new_text.replace("-- ", "-- the test says so"))
    save_file(client, workspace / "main.js", "".join(lines))
    assert await diagnostics_for(client, main, lambda d: d == []) == []


async def test_a_newer_edit_supersedes_an_analysis_in_flight(client: LanguageClient, workspace: Path):
    main = open_file(client, workspace / "main.js")
    for _ in range(3):
        save_file(client, workspace / "main.js", MAIN)
    await diagnostics_for(client, main, lambda d: len(d) > 0)
    await asyncio.sleep(0.5)
    assert any("superseded" in m.message for m in client.log_messages), [m.message for m in client.log_messages]


async def test_a_file_that_cannot_be_analysed_is_a_log_message_not_a_crash(client: LanguageClient, workspace: Path):
    (workspace / "leaklint.toml").write_text("this is = = not toml\n")
    main = open_file(client, workspace / "main.js")
    async def logged() -> None:
        while not any("failed" in m.message for m in client.log_messages):
            await client.wait_for_notification(lsp.WINDOW_LOG_MESSAGE)
    await asyncio.wait_for(logged(), 60)
    (workspace / "leaklint.toml").unlink()
    save_file(client, workspace / "main.js", MAIN)
    assert await diagnostics_for(client, main, lambda d: len(d) > 0)


@pytest.fixture
def baselined(workspace: Path) -> Path:
    """The workspace with today's findings recorded in a baseline."""
    import subprocess
    subprocess.run([sys.executable, "-m", "leaklint", "check", ".", "--write-baseline", "leaklint-baseline.json", "--no-cache"],
                   cwd=workspace, check=True, capture_output=True)
    return workspace


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[sys.executable, "-m", "leaklint", "server"]))
async def baseline_client(lsp_client: LanguageClient, baselined: Path):
    await lsp_client.initialize_session(lsp.InitializeParams(
        capabilities=lsp.ClientCapabilities(), root_uri=baselined.as_uri(),
        initialization_options={"baseline": "leaklint-baseline.json"},
    ))
    yield
    await lsp_client.shutdown_session()


async def test_a_baseline_hides_the_findings_it_records_and_shows_new_ones(baseline_client: LanguageClient, baselined: Path):
    main = open_file(baseline_client, baselined / "main.js")
    assert await diagnostics_for(baseline_client, main, lambda d: True) == []
    save_file(baseline_client, baselined / "main.js", MAIN.replace("  res.end();", "  setInterval(() => res.write('!'), 1000);\n  res.end();"))
    found = await diagnostics_for(baseline_client, main, lambda d: len(d) > 0)
    assert [d.code for d in found] == ["uncleared-interval"]
