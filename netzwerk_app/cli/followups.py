"""The follow-up commands of ``netzwerk``: meet, queue, draft, done / snooze / skip.

The evening-to-morning flow reads in one file. Like every command, they never import Qt.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netzwerk_app.cli.output import EXIT_OK, parse_when, print_json
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.wording import plural

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.services.followup_data import DraftView, QueueItem

# --- helpers ------------------------------------------------------------------------


def _when(ctx: AppContext, text: str | None) -> datetime | None:
    return parse_when(text, ctx.zone) if text else None


def _draft_json(view: DraftView) -> dict[str, Any]:
    d = view.draft
    if d is None:
        return {"draft": None, "subject": None, "length": None, "limit": None, "mode": None}
    return {
        "draft": d.body,
        "subject": d.subject if d.mode == "email" else None,
        "length": d.length,
        "limit": d.limit,
        "mode": d.mode,
        "language": d.language.value,
        "form": d.form.value,
        "ready": view.ready,
        "problems": view.problems,
        "warnings": [
            {"code": f.code, "message": f.message, "start": f.start, "end": f.end}
            for f in view.findings
        ],
        "edited": view.edited,
    }


def _item_json(item: QueueItem) -> dict[str, Any]:
    f = item.followup
    return {
        "id": f.id,
        "kind": f.kind.value,
        "channel": f.channel.value,
        "due": item.due.isoformat(),
        "status": f.status.value,
        "overdue": item.overdue,
        "contact_id": f.contact_id,
        "contact": item.contact_name,
        "event_id": f.event_id,
        "event": item.event_title,
        "network": item.network,
        "profile_url": item.profile_url,
        "search_url": item.search_url,
        "xing_search_url": item.xing_search_url,
        "email": item.email,
        "personal_note": item.personal_note,
        # Connect without a note now; "draft" is the thank-you for after connecting.
        "without_note": item.without_note,
        **_draft_json(item.draft),
    }


def _count_line(view: DraftView) -> str:
    d = view.draft
    if d is None:
        return ""
    limit = f" / {d.limit}" if d.limit is not None else ""
    state = "ready" if view.ready else "not ready: " + " ".join(view.problems)
    noun = "character" if d.length == 1 and not limit else "characters"
    return f"{d.length}{limit} {noun} ({d.mode}) — {state}"


def _language_and_form(args: argparse.Namespace) -> tuple[Any, Any]:
    from netzwerk_app.domain import model as m

    language = m.Language(args.language) if args.language else None
    form = m.AddressForm(args.form) if args.form else None
    return language, form


# --- commands -----------------------------------------------------------------------


def cmd_meet(ctx: AppContext, args: argparse.Namespace) -> int:
    names = {"pitch": "pitch", "offering": "offering", "customers": "customers"}
    names |= {"idea": "cooperation_idea", "notes": "notes"}
    fields = {field: getattr(args, arg) for arg, field in names.items()}
    encounter = ctx.events.record_encounter(
        args.event, args.contact_id, **{k: v for k, v in fields.items() if v is not None}
    )
    planned = [
        f
        for f in ctx.contacts.details(args.contact_id).followups
        if f.event_id == args.event and f.status.value in ("pending", "snoozed")
    ]
    if args.json:
        print_json(
            {
                "encounter_id": encounter.id,
                "event_id": encounter.event_id,
                "contact_id": encounter.contact_id,
                "followups": [
                    {
                        "id": f.id,
                        "kind": f.kind.value,
                        "channel": f.channel.value,
                        "due": f.due_at.isoformat(),
                    }
                    for f in planned
                ],
            }
        )
        return EXIT_OK
    print(f"Met contact #{args.contact_id} at event #{args.event}.")
    for f in planned:
        due = f.due_at.astimezone(ctx.followups.zone).strftime("%Y-%m-%d %H:%M")
        print(f"  #{f.id} {f.kind.value} via {f.channel.value}, due {due}")
    return EXIT_OK


def cmd_queue(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.ics:
        count = ctx.calendar.export(Path(args.ics), _when(ctx, args.at))
        print(f"{plural(count, 'follow-up', 'follow-ups')} written to {args.ics}")
        return EXIT_OK
    language, form = _language_and_form(args)
    queue = ctx.followups.queue(
        _when(ctx, args.at), include_all=args.all, language=language, form=form
    )
    if args.json:
        print_json([_item_json(item) for item in queue.items])
        return EXIT_OK
    zone = ctx.followups.zone
    if not queue.items:
        print("Nothing due. Enjoy your coffee.")
    for item in queue.items:
        f = item.followup
        due = item.due.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
        late = "  (overdue)" if item.overdue else ""
        where = f" — {item.event_title}" if item.event_title else ""
        print(
            f"#{f.id}  {due}  {f.kind.value} via {f.channel.value}: {item.contact_name}{where}{late}"
        )
        if item.without_note:
            print(
                "    (connect without a note now; this message is kept as a thank-you, "
                "due once they are connected)"
            )
        if item.draft.draft is not None:
            if item.draft.draft.subject and item.draft.draft.mode == "email":
                print(f"    Subject: {item.draft.draft.subject}")
            for line in item.draft.draft.body.splitlines():
                print(f"    {line}")
            print(f"    [{_count_line(item.draft)}]")
        if item.profile_url:
            print(f"    {item.profile_url}")
        elif item.search_url:
            print(f"    No profile known; search: {item.search_url}")
    q = queue.quota
    if q.quota is not None:
        print(f"LinkedIn notes this month: {q.used} of {q.quota} used.")
    for person in queue.losing_touch:
        print(
            f"Losing touch: {person.name} (#{person.contact_id}), "
            f"{plural(person.days_overdue(queue.at), 'day', 'days')} past the "
            f"{person.interval_days}-day interval"
        )
    return EXIT_OK


def cmd_draft(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.domain import model as m

    language, form = _language_and_form(args)
    channel = m.Channel(args.channel) if args.channel else None
    view = ctx.followups.draft(args.id, language, form, channel=channel)
    if args.json:
        print_json({"id": args.id, **_draft_json(view)})
        return EXIT_OK
    if view.draft is None:
        print("This follow-up sends no message (follow the profile, or check their website).")
        return EXIT_OK
    if view.draft.mode == "email":
        print(f"Subject: {view.draft.subject}\n")
    print(view.draft.body)
    print(f"\n{_count_line(view)}")
    for finding in view.findings:
        print(f"Note: {finding.message}")
    return EXIT_OK


def cmd_done(ctx: AppContext, args: argparse.Namespace) -> int:
    # Without --no-note the queue decides (no note when the month's notes are spent,
    # or on XING Basic: the text then waits as a thank-you until they are connected).
    with_note = False if args.no_note else None
    f = ctx.followups.mark_done(args.id, at=_when(ctx, args.at), with_note=with_note)
    print(f"Follow-up #{f.id} marked done.")
    return EXIT_OK


def cmd_snooze(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.domain.followups import SnoozeOption

    options: dict[str, SnoozeOption] = {o.value: o for o in SnoozeOption}
    option = options.get(args.until.lower()) if args.until.lower() != "date" else None
    chosen: date | datetime | None = None
    if option is None:
        option = SnoozeOption.DATE
        try:
            chosen = (
                date.fromisoformat(args.until) if len(args.until) == 10 else _when(ctx, args.until)
            )
        except ValueError as exc:
            raise ValidationError(
                f"'{args.until}' is not hour, tomorrow, week or a date like 2026-12-01."
            ) from exc
    f = ctx.followups.snooze(args.id, option, chosen)
    until = f.snoozed_until.astimezone(ctx.followups.zone) if f.snoozed_until else None
    print(f"Follow-up #{f.id} snoozed until {until:%a %Y-%m-%d %H:%M}.")
    return EXIT_OK


def cmd_skip(ctx: AppContext, args: argparse.Namespace) -> int:
    f = ctx.followups.skip(args.id, " ".join(args.reason))
    print(f"Follow-up #{f.id} skipped.")
    return EXIT_OK
