"""The SQL form of the eligibility policy and of the selection give the Python verdicts.

Hypothesis builds small campaigns (contacts with random facts, opt-outs, replies held until read,
batches of both kinds in every state with messages in every state) and compares, contact by
contact, the reason the SQL ``CASE`` gives with the reason ``domain/eligibility.py`` gives on
facts gathered in Python.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, event, func, select
from sqlalchemy.orm import Session

from campagne_desktop.domain.eligibility import ContactFacts, contact_reason, since_moment
from campagne_desktop.domain.enums import (
    BatchState,
    ConsentStatus,
    MessageState,
    SourceKind,
    TemplateKind,
)
from campagne_desktop.domain.lifecycle import LEFT_APP_MESSAGES, LIVE_BATCH_STATES
from campagne_desktop.domain.selection import Selection
from campagne_desktop.domain.text import contact_search_text
from campagne_desktop.services.audience import audience, count_reachable
from campagne_desktop.storage.functions import register_functions
from campagne_desktop.storage.migrate import upgrade_to_head
from campagne_desktop.storage.models import (
    Base,
    Batch,
    BatchMessage,
    Contact,
    HeldReply,
    OptOut,
    Source,
)

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
DAYS = [datetime(2026, 3, d, 12, 0, tzinfo=UTC) for d in range(1, 6)]
# The 'not messaged since' day starts at midnight in the campaign's zone: 23:00 UTC the day
# before in Paris in winter. Both that edge and UTC's midnight (an hour later) are generated.
TZ = "Europe/Paris"
EDGES = [datetime(2026, 3, 2, 23, 0, tzinfo=UTC), datetime(2026, 3, 3, tzinfo=UTC)]
SOURCES = [SourceKind.FORM, SourceKind.RENTED, SourceKind.PARRAINAGE]
COMMUNES = ["Sèvres", "sevres", "SÈVRES", "Lyon", ""]
TAGS = ["vip", "bénévole", "Benevole", "jeune"]


@dataclass(frozen=True)
class PersonSpec:
    consent: ConsentStatus
    source: int
    opted_out: bool
    held: bool  # a reply of theirs waits to be read
    requested: datetime | None
    commune: str
    tags: tuple[str, ...]
    first_name: str


@dataclass(frozen=True)
class BatchSpec:
    kind: TemplateKind
    state: BatchState
    exported_at: datetime | None
    messages: tuple[tuple[int, MessageState], ...]  # (person index, state)


people = st.builds(
    PersonSpec,
    # Weighted towards people who may be reachable, so every later rule gets its turn.
    consent=st.sampled_from(
        [ConsentStatus.GRANTED, ConsentStatus.PENDING, ConsentStatus.PENDING, ConsentStatus.REFUSED]
    ),
    source=st.integers(0, len(SOURCES) - 1),
    opted_out=st.sampled_from([False, False, False, True]),
    held=st.sampled_from([False, False, False, True]),
    requested=st.sampled_from([None, None, None, DAYS[0], DAYS[3]]),
    commune=st.sampled_from(COMMUNES),
    tags=st.lists(st.sampled_from(TAGS), max_size=2, unique=True).map(tuple),
    first_name=st.sampled_from(["Zoé", "Anne", "Luc"]),
)


def batch_specs(size: int) -> st.SearchStrategy[BatchSpec]:
    return st.builds(
        BatchSpec,
        # Orders chosen so that shrinking still leaves consent batches that matter.
        kind=st.sampled_from([TemplateKind.CONSENT, TemplateKind.CAMPAIGN]),
        state=st.sampled_from(
            [BatchState.CHECKED, BatchState.EXPORTED, BatchState.DRAFT, *BatchState]
        ),
        exported_at=st.sampled_from([*DAYS, *EDGES, None]),
        messages=st.lists(
            st.tuples(
                st.integers(0, size - 1),
                st.sampled_from([MessageState.PENDING, MessageState.EXPORTED, *MessageState]),
            ),
            min_size=1,
            max_size=size,
            unique_by=lambda m: m[0],
        ).map(tuple),
    )


@st.composite
def campaigns(draw: st.DrawFn) -> tuple[list[PersonSpec], list[BatchSpec]]:
    persons = draw(st.lists(people, min_size=3, max_size=8))
    batches = draw(st.lists(batch_specs(len(persons)), min_size=1, max_size=4))
    return persons, batches


narrowing = st.builds(
    Selection,
    tags=st.lists(st.sampled_from([*TAGS, "BÉNÉVOLE"]), max_size=2).map(tuple),
    communes=st.lists(st.sampled_from(["sèvres", "SEVRES", "Lyon", "Paris"]), max_size=2).map(
        tuple
    ),
    source_kinds=st.lists(st.sampled_from(SOURCES), max_size=2).map(tuple),
    not_messaged_since=st.none() | st.sampled_from([d.date() for d in DAYS]),
    search=st.sampled_from(["", "zoe", "SÈV", "061", "lyon"]),
)
# Often everyone (the policy's verdicts then show on every contact), often a narrowed list.
selections = st.one_of(
    st.builds(Selection, not_messaged_since=st.sampled_from([d.date() for d in DAYS] + [None])),
    narrowing,
)


def _engine():
    engine = create_engine("sqlite://")
    event.listen(engine, "connect", lambda conn, _rec: register_functions(conn))
    upgrade_to_head(engine)  # the migrated schema: searches read the trigram index too
    return engine


ENGINE = _engine()


def _store(
    session: Session, persons: list[PersonSpec], batches: list[BatchSpec]
) -> tuple[list[int], list[int]]:
    for table in reversed(Base.metadata.sorted_tables):
        session.execute(table.delete())
    sources = []
    for kind in SOURCES:
        source = Source(
            kind=kind.value,
            description="d",
            obtained_on=date(2026, 1, 1),
            imported_by="t",
            created_at=T0,
        )
        session.add(source)
        sources.append(source)
    # A reply from a number that is no contact holds nobody else.
    session.add(
        HeldReply(phone="+33699999999", text="?", reason="unasked_yes", origin="", received_at=T0)
    )
    session.flush()
    ids = []
    for i, p in enumerate(persons):
        phone = f"+3361234560{i}"
        contact = Contact(
            phone=phone,
            first_name=p.first_name,
            last_name="Nom",
            commune=p.commune,
            tags=",".join(p.tags),
            source_id=sources[p.source].id,
            consent=p.consent.value,
            consent_requested_at=p.requested,
            created_at=T0,
            updated_at=T0,
        )
        session.add(contact)
        if p.opted_out:
            session.add(OptOut(phone=phone, created_at=T0, channel="manual"))
        if p.held:
            for text in ("Qui êtes-vous ?", "Laissez-moi tranquille"):  # twice: one verdict
                session.add(
                    HeldReply(
                        phone=phone, text=text, reason="not_understood", origin="", received_at=T0
                    )
                )
        session.flush()
        ids.append(contact.id)
    batch_ids = []
    for spec in batches:
        batch = Batch(
            template_name="t",
            template_kind=spec.kind.value,
            template_body="b",
            template_hash="h",
            created_by="t",
            created_at=T0,
            state=spec.state.value,
            exported_at=spec.exported_at,
        )
        session.add(batch)
        session.flush()
        batch_ids.append(batch.id)
        for person, state in spec.messages:
            session.add(
                BatchMessage(
                    batch_id=batch.id,
                    contact_id=ids[person],
                    phone=f"+3361234560{person}",
                    text="x",
                    encoding="GSM-7",
                    segments=1,
                    state=state.value,
                )
            )
    session.flush()
    return ids, batch_ids


def _facts(
    person: int, spec: PersonSpec, batches: list[BatchSpec], judged: int | None
) -> ContactFacts:
    """The facts, gathered the slow and obvious way; the judged batch never counts against
    its own people (its check runs after its own export, with --again)."""
    mine = [
        (b, state)
        for n, b in enumerate(batches)
        for p, state in b.messages
        if p == person and n != judged
    ]
    left = [(b, state) for b, state in mine if state in LEFT_APP_MESSAGES]
    sent_at = [b.exported_at for b, _ in left if b.exported_at is not None]
    left_in_judged = judged is not None and any(
        p == person and state in LEFT_APP_MESSAGES for p, state in batches[judged].messages
    )
    return ContactFacts(
        consent=spec.consent,
        opted_out=spec.opted_out,
        held=spec.held,
        asked=(spec.requested is not None and not left_in_judged)
        or any(b.kind is TemplateKind.CONSENT for b, _ in left),
        in_live_consent_batch=any(
            b.kind is TemplateKind.CONSENT and b.state in LIVE_BATCH_STATES for b, _ in mine
        ),
        last_sent=max(sent_at) if sent_at else None,
        messaged_before=bool(left),
    )


@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(campaign=campaigns(), selection=selections, judged=st.none() | st.integers(0, 3))
def test_sql_verdicts_equal_python_verdicts(campaign, selection, judged) -> None:
    persons, batches = campaign
    if judged is not None and judged >= len(batches):
        judged = None
    with Session(ENGINE) as session:
        ids, batch_ids = _store(session, persons, batches)
        judged_id = batch_ids[judged] if judged is not None else None
        for kind in TemplateKind:
            query = audience(
                kind,
                selection,
                Contact.id,
                tz=TZ,
                judged_batch=judged_id,
                with_messaged_before=True,
            )
            rows = session.execute(query).all()
            sql = {i: r for i, _, r in rows}
            sql_before = {i: bool(before) for i, before, _ in rows}
            expected = {}
            expected_before = {}
            for i, (contact_id, spec) in enumerate(zip(ids, persons, strict=True)):
                selected = selection.matches(
                    tags=",".join(spec.tags),
                    commune=spec.commune,
                    source_kind=SOURCES[spec.source],
                    search_text=contact_search_text(spec.first_name, "Nom", spec.commune),
                    phone=f"+3361234560{i}",
                )
                if selected:
                    facts = _facts(i, spec, batches, judged)
                    since = since_moment(selection.not_messaged_since, TZ)
                    reason = contact_reason(facts, kind, since)
                    expected[contact_id] = reason.value if reason else None
                    expected_before[contact_id] = facts.messaged_before
            assert sql == expected, kind
            assert sql_before == expected_before, kind
            if judged_id is None:
                reachable = sum(1 for reason in expected.values() if reason is None)
                assert count_reachable(session, kind, selection, tz=TZ) == reachable
        session.rollback()


def test_fold_matches_like_python() -> None:
    with Session(ENGINE) as session:
        assert session.scalar(select(func.fold("SÈVRES"))) == "sevres"
