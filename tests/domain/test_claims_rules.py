"""The rules of claims, service requests and complaints: which step may follow
which, how steps are dated, when a claim stalls, how long it took."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from agent_desk.domain.claims import (
    COMPLAINT_DUE_DAYS,
    FINAL_STAGES,
    NEXT_STAGES,
    REQUEST_DUE_DAYS,
    REQUIRED_DOCUMENTS,
    STALL_DAYS,
    ClaimDocumentCode,
    ClaimKind,
    ClaimStage,
    ServiceRequestKind,
    ServiceRules,
    claim_progress,
    complaint_due_on,
    days_overdue,
    days_to_payment,
    request_due_on,
    stall_cutoffs,
    validate_closing,
    validate_document_name,
    validate_new_claim,
    validate_opening,
    validate_received_on,
    validate_step,
)
from agent_desk.errors import ValidationError

S = ClaimStage
TODAY = date(2026, 3, 10)


def problems(call, *args, **kwargs) -> dict[str, str]:  # noqa: ANN001, ANN003
    with pytest.raises(ValidationError) as raised:
        call(*args, **kwargs)
    return raised.value.problems


# -- stages -------------------------------------------------------------------

def test_stages_are_in_the_order_a_claim_goes_through_them() -> None:
    assert list(ClaimStage) == [S.REPORTED, S.DOCUMENTS_COLLECTED, S.SUBMITTED, S.UNDER_REVIEW, S.APPROVED,
                                S.DECLINED, S.PAID]
    assert [stage.rank for stage in ClaimStage] == list(range(7))


def test_declined_and_paid_are_final_and_every_other_stage_leads_on() -> None:
    assert FINAL_STAGES == {S.DECLINED, S.PAID}
    for stage in ClaimStage:
        assert (NEXT_STAGES[stage] == ()) == stage.is_final
        assert all(following.rank > stage.rank for following in NEXT_STAGES[stage])  # only forward
    assert NEXT_STAGES[S.APPROVED] == (S.PAID,)


def test_a_paid_claim_went_through_approval_and_a_decision_needs_a_submitted_claim() -> None:
    leads_to = {stage: [s for s in ClaimStage if stage in NEXT_STAGES[s]] for stage in ClaimStage}
    assert leads_to[S.PAID] == [S.APPROVED]
    assert leads_to[S.APPROVED] == [S.SUBMITTED, S.UNDER_REVIEW]
    assert leads_to[S.DECLINED] == [S.SUBMITTED, S.UNDER_REVIEW]
    assert leads_to[S.SUBMITTED] == [S.DOCUMENTS_COLLECTED]
    assert leads_to[S.REPORTED] == []


# -- recording a step ---------------------------------------------------------

REPORTED = [(S.REPORTED, date(2026, 3, 1))]


def test_the_next_step_may_be_dated_the_same_day_as_the_previous_one_or_today() -> None:
    validate_step(REPORTED, S.DOCUMENTS_COLLECTED, date(2026, 3, 1), TODAY)
    validate_step(REPORTED, S.DOCUMENTS_COLLECTED, TODAY, TODAY)


def test_a_step_may_not_skip_ahead_go_back_or_repeat() -> None:
    assert set(problems(validate_step, REPORTED, S.SUBMITTED, TODAY, TODAY)) == {"stage"}
    assert set(problems(validate_step, REPORTED, S.REPORTED, TODAY, TODAY)) == {"stage"}
    steps = [*REPORTED, (S.DOCUMENTS_COLLECTED, date(2026, 3, 2)), (S.SUBMITTED, date(2026, 3, 3))]
    assert set(problems(validate_step, steps, S.DOCUMENTS_COLLECTED, TODAY, TODAY)) == {"stage"}
    assert set(problems(validate_step, steps, S.PAID, TODAY, TODAY, Decimal(1))) == {"stage"}
    validate_step(steps, S.DECLINED, TODAY, TODAY)  # a simple claim may be decided without a review


def test_a_closed_claim_takes_no_further_step() -> None:
    paid = [*REPORTED, (S.DOCUMENTS_COLLECTED, date(2026, 3, 2)), (S.SUBMITTED, date(2026, 3, 3)),
            (S.APPROVED, date(2026, 3, 4)), (S.PAID, date(2026, 3, 5))]
    found = problems(validate_step, paid, S.PAID, TODAY, TODAY, Decimal(5))
    assert "closed" in found["stage"]
    declined = [*paid[:3], (S.DECLINED, date(2026, 3, 4))]
    assert "closed" in problems(validate_step, declined, S.APPROVED, TODAY, TODAY)["stage"]


def test_a_step_may_be_dated_neither_before_the_previous_one_nor_in_the_future() -> None:
    before = problems(validate_step, REPORTED, S.DOCUMENTS_COLLECTED, date(2026, 2, 28), TODAY)
    assert before == {"on_date": "A step cannot be dated before the previous one."}
    future = problems(validate_step, REPORTED, S.DOCUMENTS_COLLECTED, TODAY + timedelta(days=1), TODAY)
    assert future == {"on_date": "A step cannot be dated in the future."}


def test_the_payment_needs_its_amount_and_only_the_payment_has_one() -> None:
    approved = [*REPORTED, (S.DOCUMENTS_COLLECTED, date(2026, 3, 2)), (S.SUBMITTED, date(2026, 3, 3)),
                (S.APPROVED, date(2026, 3, 4))]
    assert set(problems(validate_step, approved, S.PAID, TODAY, TODAY)) == {"amount_paid"}
    assert set(problems(validate_step, approved, S.PAID, TODAY, TODAY, Decimal("-1"))) == {"amount_paid"}
    validate_step(approved, S.PAID, TODAY, TODAY, Decimal("0"))  # a nil payment is still a payment
    assert set(problems(validate_step, REPORTED, S.DOCUMENTS_COLLECTED, TODAY, TODAY, Decimal(5))) == {"amount_paid"}


def test_every_broken_rule_of_a_step_is_named_at_once() -> None:
    found = problems(validate_step, REPORTED, S.PAID, date(2026, 2, 1), TODAY)
    assert set(found) == {"stage", "on_date", "amount_paid"}


# -- a new claim ----------------------------------------------------------------

def test_a_new_claim_is_reported_on_or_after_an_incident_during_cover() -> None:
    validate_new_claim(date(2020, 1, 1), date(2026, 3, 1), date(2026, 3, 1), TODAY, Decimal("45000"))
    found = problems(validate_new_claim, date(2026, 3, 5), date(2026, 3, 1), date(2026, 2, 28), TODAY, Decimal(0))
    assert set(found) == {"incident_date", "reported_on", "amount_claimed"}
    assert set(problems(validate_new_claim, None, date(2026, 3, 1), TODAY, TODAY)) == {"policy_id"}
    future = problems(validate_new_claim, date(2020, 1, 1), TODAY + timedelta(days=1), TODAY + timedelta(days=1),
                      TODAY)
    assert set(future) == {"incident_date", "reported_on"}


# -- progress, durations and stalls ----------------------------------------------

def test_progress_of_an_open_claim_counts_days_in_each_stage_and_in_all() -> None:
    steps = [(S.REPORTED, date(2026, 1, 5)), (S.DOCUMENTS_COLLECTED, date(2026, 1, 12)),
             (S.SUBMITTED, date(2026, 1, 20))]
    progress = claim_progress(steps, date(2026, 1, 25))
    assert (progress.stage, progress.entered_on, progress.reported_on) == (S.SUBMITTED, date(2026, 1, 20),
                                                                         date(2026, 1, 5))
    assert [(span.stage, span.days) for span in progress.steps] == [(S.REPORTED, 7), (S.DOCUMENTS_COLLECTED, 8),
                                                                     (S.SUBMITTED, 5)]
    assert (progress.days_in_stage, progress.total_days) == (5, 20)
    assert progress.is_open and not progress.stalled and progress.days_to_payment is None
    assert progress.stall_days == STALL_DAYS[S.SUBMITTED]


def test_steps_given_out_of_order_are_read_in_stage_order() -> None:
    steps = [(S.SUBMITTED, date(2026, 1, 20)), (S.REPORTED, date(2026, 1, 5)), (S.DOCUMENTS_COLLECTED,
                                                                              date(2026, 1, 20))]
    progress = claim_progress(steps, date(2026, 1, 25))
    assert [span.stage for span in progress.steps] == [S.REPORTED, S.DOCUMENTS_COLLECTED, S.SUBMITTED]
    assert [span.days for span in progress.steps] == [15, 0, 5]  # two steps on one day: none spent between


@pytest.mark.parametrize("stage", [s for s in ClaimStage if not s.is_final])
def test_a_claim_stalls_the_day_after_its_stage_threshold(stage: ClaimStage) -> None:
    entered = date(2026, 2, 1)
    steps = [(s, entered) for s in ClaimStage if s.rank <= stage.rank]  # every stage up to this one, that day
    limit = STALL_DAYS[stage]
    on_time = claim_progress(steps, entered + timedelta(days=limit))
    assert on_time.days_in_stage == limit and not on_time.stalled and on_time.days_overdue == 0
    late = claim_progress(steps, entered + timedelta(days=limit + 1))
    assert late.stalled and late.days_overdue == 1
    assert claim_progress(steps, entered + timedelta(days=limit + 9)).days_overdue == 9


def test_thresholds_can_be_overridden() -> None:
    steps = [(S.REPORTED, date(2026, 2, 1))]
    assert not claim_progress(steps, date(2026, 2, 4)).stalled
    stricter = {**STALL_DAYS, S.REPORTED: 2}
    progress = claim_progress(steps, date(2026, 2, 4), stricter)
    assert progress.stalled and progress.days_overdue == 1 and progress.stall_days == 2


def test_a_closed_claim_never_stalls_and_its_days_stop_at_the_last_step() -> None:
    steps = [(S.REPORTED, date(2025, 1, 5)), (S.DOCUMENTS_COLLECTED, date(2025, 1, 12)),
             (S.SUBMITTED, date(2025, 1, 13)), (S.APPROVED, date(2025, 2, 20)), (S.PAID, date(2025, 3, 1))]
    progress = claim_progress(steps, date(2026, 3, 1))
    assert not progress.is_open and not progress.stalled and progress.stall_days is None
    assert progress.total_days == 55 and progress.days_to_payment == 55 == days_to_payment(steps)
    assert progress.steps[-1].days is None and progress.steps[-2].days == 9
    declined = claim_progress(steps[:3] + [(S.DECLINED, date(2025, 1, 30))], date(2026, 3, 1))
    assert declined.total_days == 25 and declined.days_to_payment is None and not declined.stalled
    assert days_to_payment(steps[:4]) is None


def test_durations_cross_month_ends_and_the_leap_day() -> None:
    steps = [(S.REPORTED, date(2024, 1, 31)), (S.DOCUMENTS_COLLECTED, date(2024, 2, 28)),
             (S.SUBMITTED, date(2024, 3, 1)), (S.APPROVED, date(2024, 12, 31)), (S.PAID, date(2025, 1, 1))]
    progress = claim_progress(steps, date(2025, 6, 1))
    assert [span.days for span in progress.steps] == [28, 2, 305, 1, None]  # 2024 has a 29 February
    assert progress.days_to_payment == 336
    common_year = claim_progress([(S.REPORTED, date(2025, 2, 28))], date(2025, 3, 1))
    assert common_year.days_in_stage == 1


def test_a_clock_behind_the_last_step_shows_no_negative_days() -> None:
    progress = claim_progress([(S.REPORTED, date(2026, 3, 10))], date(2026, 3, 8))
    assert progress.days_in_stage == 0 and progress.total_days == 0 and not progress.stalled


def test_progress_needs_the_reported_step() -> None:
    with pytest.raises(ValueError):
        claim_progress([], TODAY)


def test_stall_cutoffs_are_the_last_day_a_stage_may_have_been_entered() -> None:
    cutoffs = stall_cutoffs(date(2026, 3, 15))
    assert cutoffs[S.REPORTED] == date(2026, 3, 1) and cutoffs[S.UNDER_REVIEW] == date(2026, 2, 13)
    assert set(cutoffs) == set(STALL_DAYS)
    for stage, cutoff in cutoffs.items():  # entered on the cutoff: on time; a day earlier: stalled
        steps = [(S.REPORTED, date(2025, 1, 1)), (stage, cutoff)] if stage is not S.REPORTED else [(stage, cutoff)]
        assert not claim_progress(steps, date(2026, 3, 15)).stalled


# -- documents -------------------------------------------------------------------

def test_every_kind_needs_a_claim_form_the_claimants_id_and_a_bank_account() -> None:
    assert set(REQUIRED_DOCUMENTS) == set(ClaimKind)
    for kind, codes in REQUIRED_DOCUMENTS.items():
        assert codes[0] is ClaimDocumentCode.CLAIM_FORM, kind
        assert {ClaimDocumentCode.CLAIMANT_ID, ClaimDocumentCode.BANK_ACCOUNT_PROOF} <= set(codes), kind
        assert len(set(codes)) == len(codes), kind


def test_each_kind_asks_for_the_proof_of_what_happened() -> None:
    docs = {kind: set(codes) for kind, codes in REQUIRED_DOCUMENTS.items()}
    assert ClaimDocumentCode.DEATH_CERTIFICATE in docs[ClaimKind.DEATH]
    assert ClaimDocumentCode.POLICE_REPORT in docs[ClaimKind.ACCIDENT]
    assert {ClaimDocumentCode.MEDICAL_RECEIPTS, ClaimDocumentCode.DIAGNOSIS_CERTIFICATE} <= docs[ClaimKind.MEDICAL]
    assert ClaimDocumentCode.PATHOLOGY_REPORT in docs[ClaimKind.CRITICAL_ILLNESS]
    assert ClaimDocumentCode.DISABILITY_ASSESSMENT in docs[ClaimKind.DISABILITY]
    assert ClaimDocumentCode.DEATH_CERTIFICATE not in docs[ClaimKind.MEDICAL]


def test_an_added_document_needs_a_new_name() -> None:
    assert validate_document_name("  Hospital stay certificate ", ["claim_form"]) == "Hospital stay certificate"
    assert set(problems(validate_document_name, "   ")) == {"name"}
    assert set(problems(validate_document_name, "Claim_Form", ["claim_form"])) == {"name"}
    assert set(problems(validate_document_name, "x" * 201)) == {"name"}


def test_a_document_is_not_received_in_the_future() -> None:
    validate_received_on(TODAY, TODAY)
    validate_received_on(None, TODAY)
    assert set(problems(validate_received_on, TODAY + timedelta(days=1), TODAY)) == {"received_on"}


# -- service requests and complaints ------------------------------------------------

def test_due_dates_default_from_the_kind_and_the_complaint_default() -> None:
    assert set(REQUEST_DUE_DAYS) == set(ServiceRequestKind)
    assert request_due_on(ServiceRequestKind.ADDRESS_CHANGE, date(2026, 2, 25)) == date(2026, 3, 4)
    assert request_due_on(ServiceRequestKind.REINSTATEMENT, date(2024, 2, 1)) == date(2024, 3, 2)  # leap year
    assert COMPLAINT_DUE_DAYS == 14
    assert complaint_due_on(date(2026, 12, 25)) == date(2027, 1, 8)


def test_a_book_may_set_its_own_day_counts() -> None:
    rules = ServiceRules.from_json({"stall_days": {"reported": 5, "paid": 3, "nonsense": 2},
                                    "request_due_days": {"surrender": 21, "address_change": 0},
                                    "complaint_due_days": 10})
    assert rules.stall_days[S.REPORTED] == 5 and S.PAID not in rules.stall_days  # a final stage never stalls
    assert rules.request_due_days[ServiceRequestKind.SURRENDER] == 21
    assert rules.request_due_days[ServiceRequestKind.ADDRESS_CHANGE] == 7  # 0 days is refused: the default stays
    assert request_due_on(ServiceRequestKind.SURRENDER, date(2026, 3, 1), rules) == date(2026, 3, 22)
    assert complaint_due_on(date(2026, 3, 1), rules) == date(2026, 3, 11)
    assert ServiceRules.from_json(rules.to_json()) == rules
    assert ServiceRules.from_json(None) == ServiceRules()


def test_invalid_day_counts_are_named() -> None:
    bad = ServiceRules(stall_days={**STALL_DAYS, S.SUBMITTED: 0}, complaint_due_days=400)
    assert set(problems(bad.validated)) == {"stall_days.submitted", "complaint_due_days"}
    assert ServiceRules().validated() == ServiceRules()


def test_overdue_counts_days_past_the_due_date() -> None:
    assert days_overdue(date(2026, 3, 10), TODAY) == 0
    assert days_overdue(date(2026, 3, 9), TODAY) == 1
    assert days_overdue(None, TODAY) == 0


def test_a_request_opens_today_or_earlier_and_falls_due_after() -> None:
    validate_opening(TODAY, TODAY, TODAY)
    assert set(problems(validate_opening, TODAY + timedelta(days=1), TODAY + timedelta(days=9), TODAY)) == {
        "opened_on"}
    assert set(problems(validate_opening, TODAY, TODAY - timedelta(days=1), TODAY)) == {"due_on"}
    assert set(problems(validate_opening, TODAY + timedelta(days=1), TODAY, TODAY, opened_field="received_on")) \
        == {"received_on", "due_on"}


def test_closing_needs_an_outcome_and_a_date_between_opening_and_today() -> None:
    assert validate_closing(date(2026, 3, 1), TODAY, "  Address updated ", TODAY) == "Address updated"
    assert set(problems(validate_closing, date(2026, 3, 1), TODAY, "   ", TODAY)) == {"outcome"}
    assert set(problems(validate_closing, date(2026, 3, 1), date(2026, 2, 1), "done", TODAY)) == {"closed_on"}
    assert set(problems(validate_closing, date(2026, 3, 1), TODAY + timedelta(days=1), "done", TODAY,
                        closed_field="resolved_on")) == {"resolved_on"}
