"""`leaklint server`: a Language Server Protocol server (pygls), for findings in the editor.

It analyses the workspace as `leaklint check` would (the project's configuration, suppressions,
an optional baseline, the cache and the cross-file join: a change in one file updates the
findings of the files that import it) whenever a JS/TS document is opened or saved, and
publishes each open document's findings as diagnostics. Analysis runs on a worker thread, off
the message loop; a newer request supersedes an older one, whose results are dropped unseen.
A failure becomes a log message. A quick fix inserts a `leaklint-disable-next-line` comment.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import unquote, urlparse

from lsprotocol import types as lsp
from pygls.server import LanguageServer

from . import __version__
from .findings import Finding, Severity
from .languages import language_for

SEVERITIES = {Severity.ERROR: lsp.DiagnosticSeverity.Error, Severity.WARNING: lsp.DiagnosticSeverity.Warning,
              Severity.NOTE: lsp.DiagnosticSeverity.Information}


class LeaklintServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("leaklint", __version__)
        self.root: Path | None = None
        self.baseline: Path | None = None
        self.generation = 0  # the newest analysis asked for; older ones publish nothing
        self.lock = threading.Lock()
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="leaklint-analysis")
        self.published: set[str] = set()

    def request_analysis(self) -> None:
        with self.lock:
            self.generation += 1
            generation = self.generation
        self.pool.submit(self._analyse, generation)

    def _analyse(self, generation: int) -> None:
        if generation != self.generation or self.root is None:
            return  # superseded before it started
        try:
            findings = workspace_findings(self.root, self.baseline)
        except Exception as error:  # a failure is a message in the log, never a crash
            self.show_message_log(f"leaklint: analysis failed: {error}", lsp.MessageType.Error)
            return
        if generation != self.generation:
            self.show_message_log(f"leaklint: analysis {generation} superseded by a newer edit", lsp.MessageType.Log)
            return
        by_uri: dict[str, list[lsp.Diagnostic]] = {}
        for finding in findings:
            uri = (self.root / finding.location.path).resolve().as_uri()
            by_uri.setdefault(uri, []).append(diagnostic(finding, self.root))
        open_uris = {uri for uri in self.workspace.text_documents}
        for uri in open_uris | self.published:
            self.publish_diagnostics(uri, by_uri.get(uri, []))
        self.published = {uri for uri in open_uris if by_uri.get(uri)}


def workspace_findings(root: Path, baseline: Path | None) -> list[Finding]:
    """The findings `leaklint check <root>` would report, suppressed ones left out."""
    from .baseline import read_baseline
    from .cache import CACHE_DIR_NAME
    from .cli import _load, project_run
    from .config import find_config, load_config

    config = load_config(find_config(root))  # a ConfigError says what is wrong, for the log
    rules, known = _load(config.select, list(config.ignore), config)
    known_baseline = read_baseline(baseline) if baseline is not None else None
    result, _ = project_run([str(root)], config, rules, known, root, known_baseline, False, root / CACHE_DIR_NAME, 1)
    return [f for f in result.findings if f.suppression is None and f.baseline_state != "unchanged"]


def diagnostic(finding: Finding, root: Path) -> lsp.Diagnostic:
    related = [
        lsp.DiagnosticRelatedInformation(location=lsp.Location(uri=(root / r.location.path).resolve().as_uri(), range=_range(r.location)),
                                         message=r.message)
        for r in (*finding.related, *finding.code_flow)
    ]
    return lsp.Diagnostic(
        range=_range(finding.location),
        message=finding.message,
        severity=SEVERITIES[finding.severity],
        code=finding.rule_id,
        code_description=lsp.CodeDescription(href=help_uri(finding.rule_id)),
        source="leaklint",
        related_information=related or None,
    )


def help_uri(rule_id: str) -> str:
    """The rule's own file (metadata and help, as `leaklint explain` prints it), installed with
    leaklint: a link that works offline and matches the installed version."""
    from .rules import rules_dir

    return (rules_dir() / f"{rule_id}.toml").resolve().as_uri()


def _range(location) -> lsp.Range:
    return lsp.Range(start=lsp.Position(line=location.start_line - 1, character=max(location.start_column - 1, 0)),
                     end=lsp.Position(line=location.end_line - 1, character=max(location.end_column - 1, 0)))


def _path(uri: str) -> Path:
    return Path(unquote(urlparse(uri).path))


server = LeaklintServer()


@server.feature(lsp.INITIALIZE)
def initialize(ls: LeaklintServer, params: lsp.InitializeParams) -> None:
    """The workspace to analyse, and `initializationOptions.baseline` (a path in it) if given."""
    folder = params.workspace_folders[0].uri if params.workspace_folders else params.root_uri
    ls.root = _path(folder).resolve() if folder else (Path(params.root_path).resolve() if params.root_path else None)
    options = params.initialization_options
    if isinstance(options, dict) and options.get("baseline") and ls.root is not None:
        ls.baseline = ls.root / str(options["baseline"])


@server.feature(lsp.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: LeaklintServer, params: lsp.DidOpenTextDocumentParams) -> None:
    if language_for(str(_path(params.text_document.uri))) is not None:
        ls.request_analysis()


@server.feature(lsp.TEXT_DOCUMENT_DID_SAVE)
def did_save(ls: LeaklintServer, params: lsp.DidSaveTextDocumentParams) -> None:
    if language_for(str(_path(params.text_document.uri))) is not None:
        ls.request_analysis()


@server.feature(lsp.TEXT_DOCUMENT_CODE_ACTION, lsp.CodeActionOptions(code_action_kinds=[lsp.CodeActionKind.QuickFix]))
def code_action(ls: LeaklintServer, params: lsp.CodeActionParams) -> list[lsp.CodeAction]:
    document = ls.workspace.get_text_document(params.text_document.uri)
    actions = []
    for found in params.context.diagnostics:
        if found.source != "leaklint":
            continue
        line = found.range.start.line
        text = document.lines[line] if line < len(document.lines) else ""
        indent = text[: len(text) - len(text.lstrip())]
        edit = lsp.TextEdit(range=lsp.Range(start=lsp.Position(line=line, character=0), end=lsp.Position(line=line, character=0)),
                            new_text=f"{indent}// leaklint-disable-next-line {found.code} -- \n")
        actions.append(lsp.CodeAction(title=f"Suppress {found.code} on this line", kind=lsp.CodeActionKind.QuickFix,
                                      diagnostics=[found], edit=lsp.WorkspaceEdit(changes={params.text_document.uri: [edit]})))
    return actions


def main() -> None:
    server.start_io()
