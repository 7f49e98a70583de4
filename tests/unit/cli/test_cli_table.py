"""The table the ``netzwerk`` parser is built from: every row leads to a function."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from netzwerk_app.cli.parser import COMMANDS, Command, build_parser, function


def leaves(rows: tuple[Command, ...]) -> Iterator[Command]:
    for row in rows:
        if row.actions:
            yield from leaves(row.actions)
        else:
            yield row


def test_every_command_names_a_function_that_exists() -> None:
    names = [row.run for row in leaves(COMMANDS)] + [r.fast for r in COMMANDS if r.fast]
    assert len(names) > 25
    for name in names:
        assert callable(function(name)), name


def test_a_group_has_actions_and_a_command_has_a_function() -> None:
    for row in COMMANDS:
        assert bool(row.actions) != bool(row.run), row.name
        assert not row.actions or row.dest, row.name


def test_followup_actions_run_the_same_way_with_or_without_the_group_word() -> None:
    parser = build_parser()
    for action in ("done", "snooze", "skip"):
        grouped = parser.parse_args(["followup", action, "3"])
        short = parser.parse_args([action, "3"])
        assert grouped.command_row is short.command_row
        assert grouped.command_row.run == f"followups:cmd_{action}"


def test_no_command_is_the_desktop_app() -> None:
    parser = build_parser()
    assert parser.parse_args([]).command_row.run == "gui:cmd_gui"
    assert parser.parse_args(["--verbose"]).command_row.opens_app is False
    assert parser.parse_args(["restore", "x.sqlite3"]).command_row.recovering is True
    assert parser.parse_args(["contacts"]).command_row.recovering is False


def test_the_help_lists_every_command_though_only_the_chosen_one_is_built() -> None:
    parser = build_parser()
    listed = parser.format_help()
    for row in COMMANDS:
        assert f"    {row.name} " in listed or f"    {row.name}\n" in listed, row.name
    with pytest.raises(SystemExit):  # an unknown command is refused as before
        parser.parse_args(["no-such-command"])
    args = parser.parse_args(["gui", "--quit-after", "500", "a.vcf"])
    assert (args.command_row.run, args.quit_after, args.files) == ("gui:cmd_gui", 500, ["a.vcf"])
