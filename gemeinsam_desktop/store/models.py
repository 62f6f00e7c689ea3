"""SQLAlchemy 2 typed models: the whole data model of the project (first cut, DESIGN.md).

Every schema change goes through an Alembic revision in ``store/migrations/versions``;
a test compares these models with the migrated schema so the two never drift apart.
Enumerations are stored as short German-free ASCII codes; the UI shows translated labels.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from gemeinsam_desktop.store.enums import (  # re-exported: the enums' old home
    AgreementState,
    AttendanceState,
    CoachRole,
    LeadStage,
    NoteVisibility,
    ParticipantStatus,
    PlacementKind,
    SessionKind,
)

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=32, values_callable=lambda e: [m.value for m in e])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Coach(Base):
    __tablename__ = "coach"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    role: Mapped[CoachRole] = mapped_column(_enum(CoachRole), default=CoachRole.COACH)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Project(Base):
    __tablename__ = "project"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[dt.date | None] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    placement_target: Mapped[float] = mapped_column(Float, default=0.9)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Location(Base):
    __tablename__ = "location"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    address: Mapped[str] = mapped_column(String(300), default="")
    rooms: Mapped[str] = mapped_column(String(500), default="")  # one room per line
    archived: Mapped[bool] = mapped_column(Boolean, default=False)


class Participant(Base):
    __tablename__ = "participant"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    salutation: Mapped[str] = mapped_column(String(10), default="")  # "frau", "herr" or ""
    last_name: Mapped[str] = mapped_column(String(120))
    first_name: Mapped[str] = mapped_column(String(120), default="")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    # Kept after erasure (anonymous remainder): the year alone, for age statistics.
    birth_year: Mapped[int | None] = mapped_column(Integer)
    erased_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    customer_number: Mapped[str] = mapped_column(String(30), default="", index=True)
    unemployed_since: Mapped[dt.date | None] = mapped_column(Date)
    occupation_wishes: Mapped[str] = mapped_column(String(500), default="")
    max_weekly_hours: Mapped[int | None] = mapped_column(Integer)
    languages: Mapped[str] = mapped_column(String(300), default="")
    status: Mapped[ParticipantStatus] = mapped_column(
        _enum(ParticipantStatus), default=ParticipantStatus.INTERESSIERT
    )
    entry_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_date: Mapped[dt.date | None] = mapped_column(Date)
    exit_reason: Mapped[str] = mapped_column(String(300), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    children: Mapped[list[Child]] = relationship(
        back_populates="parent", cascade="all, delete-orphan", order_by="Child.birth_year"
    )


class Child(Base):
    __tablename__ = "child"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    first_name: Mapped[str] = mapped_column(String(120), default="")
    birth_year: Mapped[int] = mapped_column(Integer)
    birth_month: Mapped[int] = mapped_column(Integer)
    needs_childcare: Mapped[bool] = mapped_column(Boolean, default=False)
    care_notes: Mapped[str] = mapped_column(String(500), default="")
    parent: Mapped[Participant] = relationship(back_populates="children")


class Consent(Base):
    __tablename__ = "consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    given_on: Mapped[dt.date] = mapped_column(Date)
    scope: Mapped[str] = mapped_column(String(300), default="")
    form_version: Mapped[str] = mapped_column(String(40), default="")
    withdrawn_on: Mapped[dt.date | None] = mapped_column(Date)


class SessionSeries(Base):
    __tablename__ = "session_series"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind))
    topic: Mapped[str] = mapped_column(String(200), default="")
    weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday
    start_time: Mapped[dt.time] = mapped_column()
    end_time: Mapped[dt.time] = mapped_column()
    first_date: Mapped[dt.date] = mapped_column(Date)
    last_date: Mapped[dt.date] = mapped_column(Date)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    room: Mapped[str] = mapped_column(String(120), default="")
    skip_holidays: Mapped[bool] = mapped_column(Boolean, default=True)
    # Defaults every date of the series starts with (revision 0004).
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"))
    capacity: Mapped[int | None] = mapped_column(Integer)
    childcare_offered: Mapped[bool] = mapped_column(Boolean, default=True)
    childcare_capacity: Mapped[int | None] = mapped_column(Integer)


class Session(Base):
    __tablename__ = "session"
    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id"), index=True)
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("session_series.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[SessionKind] = mapped_column(_enum(SessionKind))
    topic: Mapped[str] = mapped_column(String(200), default="")
    starts_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    ends_at: Mapped[dt.datetime] = mapped_column(DateTime)
    location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    room: Mapped[str] = mapped_column(String(120), default="")
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"))
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id"))
    capacity: Mapped[int | None] = mapped_column(Integer)
    childcare_offered: Mapped[bool] = mapped_column(Boolean, default=True)
    childcare_capacity: Mapped[int | None] = mapped_column(Integer)
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False)
    cancel_reason: Mapped[str] = mapped_column(String(300), default="")
    # True once this date was changed on its own: edits of the whole series leave it alone.
    detached: Mapped[bool] = mapped_column(Boolean, default=False)


class SessionCoach(Base):
    """Further coaches of a session besides ``Session.coach_id`` (revision 0004)."""

    __tablename__ = "session_coach"
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), primary_key=True
    )
    coach_id: Mapped[int] = mapped_column(ForeignKey("coach.id"), primary_key=True)


class AttendanceChild(Base):
    """Which of a participant's children are looked after during a session (revision 0004)."""

    __tablename__ = "attendance_child"
    attendance_id: Mapped[int] = mapped_column(
        ForeignKey("attendance.id", ondelete="CASCADE"), primary_key=True
    )
    child_id: Mapped[int] = mapped_column(
        ForeignKey("child.id", ondelete="CASCADE"), primary_key=True, index=True
    )


class Attendance(Base):
    __tablename__ = "attendance"
    __table_args__ = (UniqueConstraint("session_id", "participant_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("session.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    state: Mapped[AttendanceState] = mapped_column(
        _enum(AttendanceState), default=AttendanceState.ERWARTET
    )
    excuse_reason: Mapped[str] = mapped_column(String(120), default="")
    sick_note: Mapped[bool] = mapped_column(Boolean, default=False)
    arrived_at: Mapped[dt.time | None] = mapped_column()
    left_at: Mapped[dt.time | None] = mapped_column()
    children_in_care: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(String(500), default="")
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)


class CoachingNote(Base):
    __tablename__ = "coaching_note"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    author_id: Mapped[int] = mapped_column(ForeignKey("coach.id"))
    kind: Mapped[str] = mapped_column(String(40), default="einzelcoaching")
    written_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now, index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    visibility: Mapped[NoteVisibility] = mapped_column(
        _enum(NoteVisibility), default=NoteVisibility.TEAM
    )


class NoteHistory(Base):
    """An earlier version of a coaching note: who changed it when, and what it said before."""

    __tablename__ = "note_history"
    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(
        ForeignKey("coaching_note.id", ondelete="CASCADE"), index=True
    )
    edited_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"))
    old_text: Mapped[str] = mapped_column(Text, default="")
    old_kind: Mapped[str] = mapped_column(String(40), default="")
    old_visibility: Mapped[str] = mapped_column(String(32), default="")


class NoteDraft(Base):
    """Text being typed, saved every few seconds (a crash loses at most those seconds)."""

    __tablename__ = "note_draft"
    __table_args__ = (UniqueConstraint("author_id", "participant_id", "note_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    author_id: Mapped[int] = mapped_column(ForeignKey("coach.id"))
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("coaching_note.id", ondelete="CASCADE")
    )  # None: a new note
    session_id: Mapped[int | None] = mapped_column(ForeignKey("session.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(40), default="einzelcoaching")
    visibility: Mapped[NoteVisibility] = mapped_column(
        _enum(NoteVisibility), default=NoteVisibility.TEAM
    )
    text: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class NoteTemplate(Base):
    """A text the coach starts notes from ("Standortbestimmung", "Bewerbungsstrategie")."""

    __tablename__ = "note_template"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    text: Mapped[str] = mapped_column(Text, default="")


class Agreement(Base):
    __tablename__ = "agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    note_id: Mapped[int | None] = mapped_column(ForeignKey("coaching_note.id", ondelete="SET NULL"))
    text: Mapped[str] = mapped_column(String(1000))
    due_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    owner: Mapped[str] = mapped_column(String(20), default="participant")  # or "coach"
    state: Mapped[AgreementState] = mapped_column(
        _enum(AgreementState), default=AgreementState.OFFEN
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)


class Employer(Base):
    __tablename__ = "employer"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    sector: Mapped[str] = mapped_column(String(120), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    size: Mapped[str] = mapped_column(String(60), default="")
    partner_since: Mapped[dt.date | None] = mapped_column(Date)
    offers_tour: Mapped[bool] = mapped_column(Boolean, default=False)
    offers_internships: Mapped[int] = mapped_column(Integer, default=0)
    offers_qa: Mapped[bool] = mapped_column(Boolean, default=False)
    next_follow_up: Mapped[dt.date | None] = mapped_column(Date)
    # The fewest weekly hours a job there needs (revision 0006; None = not known, part-time
    # possible = a low number). Matching compares it with Participant.max_weekly_hours.
    min_weekly_hours: Mapped[int | None] = mapped_column(Integer)


class EmployerContact(Base):
    __tablename__ = "employer_contact"
    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(120), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")


class Interaction(Base):
    __tablename__ = "interaction"
    id: Mapped[int] = mapped_column(primary_key=True)
    employer_id: Mapped[int] = mapped_column(
        ForeignKey("employer.id", ondelete="CASCADE"), index=True
    )
    happened_on: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(60), default="")
    summary: Mapped[str] = mapped_column(String(2000), default="")
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"))


class Lead(Base):
    __tablename__ = "lead"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id", ondelete="SET NULL"))
    employer_text: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    source: Mapped[str] = mapped_column(String(40), default="kontakt")
    stage: Mapped[LeadStage] = mapped_column(_enum(LeadStage), default=LeadStage.IDEE)
    dropped_reason: Mapped[str] = mapped_column(String(300), default="")
    created_on: Mapped[dt.date] = mapped_column(Date)
    stage_changed_on: Mapped[dt.date] = mapped_column(Date)
    # Revision 0006: who passed it on (a few words), the coach following it, hours offered.
    source_detail: Mapped[str] = mapped_column(String(200), default="")
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id", ondelete="SET NULL"))
    weekly_hours: Mapped[float | None] = mapped_column(Float)


class LeadStageChange(Base):
    """One dated step of a lead (revision 0006): the stage it reached, when, by whom, why."""

    __tablename__ = "lead_stage_change"
    id: Mapped[int] = mapped_column(primary_key=True)
    lead_id: Mapped[int] = mapped_column(ForeignKey("lead.id", ondelete="CASCADE"), index=True)
    stage: Mapped[LeadStage] = mapped_column(_enum(LeadStage))
    changed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id", ondelete="SET NULL"))
    reason: Mapped[str] = mapped_column(String(300), default="")


class Placement(Base):
    __tablename__ = "placement"
    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    employer_id: Mapped[int | None] = mapped_column(ForeignKey("employer.id", ondelete="SET NULL"))
    employer_text: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    kind: Mapped[PlacementKind] = mapped_column(_enum(PlacementKind))
    hours_per_week: Mapped[float | None] = mapped_column(Float)
    employed_after_3m: Mapped[bool | None] = mapped_column(Boolean)
    employed_after_6m: Mapped[bool | None] = mapped_column(Boolean)
    # Revision 0006: the day the coach recorded the 3/6-month answer (None = still due),
    # the position, and the lead it came from.
    followup_3m_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    followup_6m_checked_on: Mapped[dt.date | None] = mapped_column(Date)
    position: Mapped[str] = mapped_column(String(200), default="")
    lead_id: Mapped[int | None] = mapped_column(ForeignKey("lead.id", ondelete="SET NULL"))


class AuditEvent(Base):
    """Who did what, when; each row carries the hash of the one before (tamper evidence)."""

    __tablename__ = "audit_event"
    # "Who changed this record?" looks rows up by entity (revision 0002).
    __table_args__ = (Index("ix_audit_event_entity", "entity", "entity_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=_now)
    coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
