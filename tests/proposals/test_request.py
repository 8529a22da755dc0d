"""The self-contained plan file (proposals/request.py): the family fixture read field by field,
a one-line `PlanFileError` naming the field for every malformed file, the round trip through
`request_to_json`, and the proposal number derived from the content."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from agent_desk.domain.needs import ExistingCover, NeedsAssumptions
from agent_desk.domain.planner import Budget
from agent_desk.proposals.model import AgentInfo
from agent_desk.proposals.request import (
    CLIENT_KEY,
    DEFAULT_PLAN_NAME,
    ItemSpec,
    MemberSpec,
    PlanFileError,
    ProposalRequest,
    RiderSpec,
    load_plan_file,
    parse_plan_file,
    request_to_json,
)

FAMILY_PLAN = Path(__file__).with_name("family_plan.json")
D = Decimal
Doc = dict[str, Any]


def family() -> Doc:
    """A fresh copy of the fixture's document, for a test to break."""
    return json.loads(FAMILY_PLAN.read_text(encoding="utf-8"))


def parse(doc: Doc) -> ProposalRequest:
    """Parse a document as the command line would: written out as a UTF-8 file's bytes."""
    return parse_plan_file(json.dumps(doc, ensure_ascii=False).encode("utf-8"))


def refusal(data: Doc | bytes | str) -> str:
    """The message of the PlanFileError the file gets, checked to be one line."""
    with pytest.raises(PlanFileError) as caught:
        parse(data) if isinstance(data, dict) else parse_plan_file(data)
    message = str(caught.value)
    assert message and "\n" not in message, repr(message)
    return message


def changed(change: Callable[[Doc], object]) -> Doc:
    doc = family()
    change(doc)
    return doc


def member(doc: Doc, member_id: str) -> Doc:
    return next(m for m in doc["members"] if m["id"] == member_id)


# --- the fixture --------------------------------------------------------------------------------------------


def test_the_family_fixture_reads_as_a_four_person_household_with_the_client_first() -> None:
    request = load_plan_file(FAMILY_PLAN)

    assert request.as_of == date(2026, 11, 25)
    assert request.agent == AgentInfo("Grace Lin", "TW-LA-123456", "0912-345-678", "grace.lin@example.com", "林佳恩")
    assert request.client_id == "dad"
    assert [m.id for m in request.members] == ["dad", "mum", "kid1", "kid2"]
    dad, mum, kid1, _kid2 = request.members
    assert dad == MemberSpec("dad", "Chen Da-wei", "M", date(1988, 4, 12), False, "head", D(1_200_000),
                             name_local="陳大偉")
    assert (mum.role, mum.sex, mum.annual_income, mum.name_local) == ("spouse", "F", D(800_000), "林美華")
    assert (kid1.role, kid1.birth_date, kid1.annual_income) == ("child", date(2018, 2, 28), D(0))


def test_the_family_fixture_reads_its_items_alternatives_budget_and_existing_cover() -> None:
    request = load_plan_file(FAMILY_PLAN)

    assert [o.name for o in request.options] == [DEFAULT_PLAN_NAME, "Essential"]
    assert request.recommended is request.options[0]
    items = request.recommended.items
    assert len(items) == 6
    assert items[0] == ItemSpec("dad", "TL20", D(5_000_000), 20, None, "annual",
                                (RiderSpec("ADB", D(2_000_000)), RiderSpec("WP", None)))
    assert items[1] == ItemSpec("mum", "WL", D(2_000_000), None, 20, "monthly")
    assert [(i.insured, i.product) for i in items[2:]] == [
        ("mum", "CI20"), ("kid1", "EDU"), ("kid1", "MED10"), ("kid2", "CIWL")]
    assert items[4].riders == (RiderSpec("HC", D(2000)),)
    assert [(i.insured, i.product, i.sum_assured) for i in request.options[1].items] == [
        ("dad", "TL20", D(4_000_000)), ("mum", "TL20", D(2_000_000)), ("kid1", "MED10", D(500_000)),
        ("kid2", "MED10", D(500_000))]
    assert request.budget == Budget(D(16_000), "monthly")
    assert request.existing == (
        ExistingCover("dad", "death", D(1_000_000), "L-2015-0042 Group term life (employer)"),)
    assert request.assumptions == NeedsAssumptions()
    assert (request.catalog_id, request.catalog_version, request.number, request.version) == ("", "", "", 1)
    assert request.notes.startswith("Two young children")


def test_a_plan_file_reads_the_same_from_a_path_bytes_text_or_a_parsed_object() -> None:
    from_path = load_plan_file(FAMILY_PLAN)
    text = FAMILY_PLAN.read_text(encoding="utf-8")
    assert parse_plan_file(text) == from_path
    assert parse_plan_file(text.encode("utf-8")) == from_path
    assert parse_plan_file(json.loads(text)) == from_path


def test_an_unreadable_plan_file_is_refused_with_its_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.json"
    with pytest.raises(PlanFileError, match=r"cannot read .*nowhere\.json"):
        load_plan_file(missing)


def test_a_modified_copy_of_the_fixture_is_read_from_its_own_file(tmp_path: Path) -> None:
    copy_path = tmp_path / "plan.json"
    copy_path.write_text(json.dumps(changed(lambda d: d["items"][0].update(sum_assured="6000000"))),
                         encoding="utf-8")
    assert load_plan_file(copy_path).recommended.items[0].sum_assured == D(6_000_000)


# --- the file as a whole ------------------------------------------------------------------------------------


def test_a_file_that_is_not_json_is_refused_with_where_it_breaks() -> None:
    assert refusal(b'{"as_of": "2026-11-25",\n  oops}') == (
        "the plan file is not valid JSON: Expecting property name enclosed in double quotes at line 2 column 3")


def test_a_file_that_is_not_utf8_is_refused() -> None:
    text = json.dumps(family(), ensure_ascii=False)
    assert refusal(text.encode("big5", errors="replace")) == "the plan file is not UTF-8 text"


@pytest.mark.parametrize("document", [b"[]", b'"plan"', b"42", b"null"])
def test_a_file_that_is_not_an_object_is_refused(document: bytes) -> None:
    assert refusal(document) == "the plan file must be a JSON object"


# --- dates --------------------------------------------------------------------------------------------------


def test_a_missing_as_of_is_refused() -> None:
    assert refusal(changed(lambda d: d.pop("as_of"))).startswith("as_of: must be a date written YYYY-MM-DD")


@pytest.mark.parametrize("value", ["2026-02-30", "25/11/2026", "20261125", "2026-W48-3", "2026-11-25T10:00",
                                   "", 20261125, ["2026-11-25"]])
def test_a_bad_as_of_is_refused_naming_it(value: object) -> None:
    assert refusal(changed(lambda d: d.update(as_of=value))) == (
        f"as_of: must be a date written YYYY-MM-DD, not {value!r}")


def test_a_bad_birth_date_is_refused_naming_the_member() -> None:
    message = refusal(changed(lambda d: d["members"][2].update(birth_date="2018-02-30")))
    assert message.startswith("members[2].birth_date: must be a date written YYYY-MM-DD")


def test_a_birth_date_after_the_proposal_date_is_refused() -> None:
    assert refusal(changed(lambda d: d["members"][3].update(birth_date="2026-12-01"))) == (
        "members[3].birth_date: 2026-12-01 is after as_of 2026-11-25")


def test_a_member_without_sex_or_birth_date_is_kept_as_unknown() -> None:
    def forget(doc: Doc) -> None:
        del member(doc, "kid2")["sex"]
        del member(doc, "kid2")["birth_date"]

    kid2 = parse(changed(forget)).members[3]
    assert (kid2.id, kid2.sex, kid2.birth_date) == ("kid2", None, None)


# --- amounts ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("where", "change"), [
    ("items[0].sum_assured", lambda d: d["items"][0].update(sum_assured=5000000.0)),
    ("items[0].riders[0].sum_assured", lambda d: d["items"][0]["riders"][0].update(sum_assured=2e6)),
    ("members[0].annual_income", lambda d: d["members"][0].update(annual_income=1200000.5)),
    ("budget.amount", lambda d: d["budget"].update(amount=16000.0)),
    ("existing[0].amount", lambda d: d["existing"][0].update(amount=1e6)),
    ("alternatives[0].items[0].sum_assured", lambda d: d["alternatives"][0]["items"][0].update(sum_assured=4e6)),
])
def test_float_amounts_are_refused_naming_the_field(where: str, change: Callable[[Doc], object]) -> None:
    message = refusal(changed(change))
    assert message.startswith(f"{where}: must be an amount written as a string")


def test_amounts_may_be_strings_whole_numbers_or_grouped_digits() -> None:
    for written in ("5000000", 5000000, "5,000,000", " 5000000 ", "5e6"):
        request = parse(changed(lambda d, w=written: d["items"][0].update(sum_assured=w)))
        assert request.recommended.items[0].sum_assured == D(5_000_000), written


@pytest.mark.parametrize(("where", "change"), [
    ("items[0].sum_assured", lambda d: d["items"][0].update(sum_assured="-5000000")),
    ("items[0].riders[0].sum_assured", lambda d: d["items"][0]["riders"][0].update(sum_assured=-1)),
    ("members[1].annual_income", lambda d: d["members"][1].update(annual_income="-800000")),
    ("existing[0].amount", lambda d: d["existing"][0].update(amount="-1000000")),
    ("assumptions.mortgage", lambda d: d.update(assumptions={"mortgage": "-1"})),
])
def test_negative_amounts_are_refused_naming_the_field(where: str, change: Callable[[Doc], object]) -> None:
    assert refusal(changed(change)) == f"{where}: must not be negative"


def test_an_amount_that_is_not_a_number_is_refused() -> None:
    assert refusal(changed(lambda d: d["items"][0].update(sum_assured="five million"))) == (
        "items[0].sum_assured: must be an amount written as a string, e.g. \"1000000\", not 'five million'")


@pytest.mark.parametrize("term", [20.0, "20", -1, True])
def test_a_term_must_be_a_whole_number_of_years(term: object) -> None:
    assert refusal(changed(lambda d: d["items"][0].update(term=term))).startswith(
        "items[0].term: must be a whole number of years")


# --- items --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("frequency", ["weekly", "Monthly", "", None, 12, ["monthly"]])
def test_an_unknown_frequency_is_refused(frequency: object) -> None:
    message = refusal(changed(lambda d: d["items"][1].update(frequency=frequency)))
    assert message == (f"items[1].frequency: must be one of annual, semiannual, quarterly, monthly, "
                       f"not {frequency!r}")


def test_a_frequency_left_out_is_annual() -> None:
    request = parse(changed(lambda d: d["items"][1].pop("frequency")))
    assert request.recommended.items[1].frequency == "annual"


def test_an_item_for_someone_not_in_the_household_is_refused() -> None:
    assert refusal(changed(lambda d: d["items"][2].update(insured="grandpa"))) == (
        "items[2].insured: no member has id 'grandpa'")
    assert refusal(changed(lambda d: d["items"][2].pop("insured"))) == "items[2].insured: no member has id None"


def test_an_alternative_item_for_someone_not_in_the_household_is_refused() -> None:
    assert refusal(changed(lambda d: d["alternatives"][0]["items"][3].update(insured="kid3"))) == (
        "alternatives[0].items[3].insured: no member has id 'kid3'")


def test_a_plan_needs_at_least_one_item() -> None:
    assert refusal(changed(lambda d: d.update(items=[]))) == "items: a plan needs at least one item"
    assert refusal(changed(lambda d: d.pop("items"))) == "items: must be a list"
    assert refusal(changed(lambda d: d["alternatives"][0].update(items=[]))) == (
        "alternatives[0].items: a plan needs at least one item")


def test_items_and_riders_must_be_objects_with_a_product() -> None:
    assert refusal(changed(lambda d: d["items"].append("TL20"))) == "items[6]: must be an object"
    assert refusal(changed(lambda d: d["items"][0].pop("product"))) == "items[0].product: must be a non-empty string"
    assert refusal(changed(lambda d: d["items"][0]["riders"].append("ADB"))) == (
        "items[0].riders[2]: must be an object with a code")
    assert refusal(changed(lambda d: d["items"][0]["riders"][1].pop("code"))) == (
        "items[0].riders[1].code: must be a non-empty string")
    assert refusal(changed(lambda d: d["items"][0].update(riders={"code": "WP"}))) == "items[0].riders: must be a list"


def test_alternatives_need_a_name_and_items() -> None:
    assert refusal(changed(lambda d: d["alternatives"][0].pop("name"))) == (
        "alternatives[0].name: must be a non-empty string")
    assert refusal(changed(lambda d: d["alternatives"].append(["Budget"]))) == (
        "alternatives[1]: must be an object with a name and items")
    assert refusal(changed(lambda d: d.update(alternatives={}))) == "alternatives: must be a list"


def test_at_most_two_alternatives_so_three_plans_are_compared() -> None:
    def three_alternatives(doc: Doc) -> None:
        doc["alternatives"] += [dict(doc["alternatives"][0], name=f"Option {n}") for n in (2, 3)]

    assert refusal(changed(three_alternatives)) == (
        "alternatives: at most 2 alternatives, so that 3 plans are compared, not 3")
    two = changed(lambda d: d["alternatives"].append(dict(d["alternatives"][0], name="Option 2")))
    assert [o.name for o in parse(two).options] == [DEFAULT_PLAN_NAME, "Essential", "Option 2"]


def test_the_plan_takes_its_name_from_the_file() -> None:
    assert parse(changed(lambda d: d.update(name="Family first"))).recommended.name == "Family first"


# --- members and the client ---------------------------------------------------------------------------------


def test_duplicate_member_ids_are_refused_naming_both() -> None:
    assert refusal(changed(lambda d: d["members"][3].update(id="kid1"))) == (
        "members[3].id: 'kid1' is already the id of members[2]")


def test_member_ids_are_compared_as_text() -> None:
    def numbered(doc: Doc) -> None:
        doc["members"][2]["id"] = 3
        doc["items"][3]["insured"] = "3"
        doc["items"][4]["insured"] = 3
        doc["alternatives"][0]["items"][2]["insured"] = 3

    request = parse(changed(numbered))
    assert request.members[2].id == "3"
    assert [i.insured for i in request.recommended.items[3:5]] == ["3", "3"]
    assert refusal(changed(lambda d: (numbered(d), d["members"][3].update(id="3")))) == (
        "members[3].id: '3' is already the id of members[2]")


@pytest.mark.parametrize("member_id", [None, "", True, 1.5, ["dad"]])
def test_a_member_needs_an_id(member_id: object) -> None:
    assert refusal(changed(lambda d: d["members"][1].update(id=member_id))) == (
        "members[1].id: must be a string or number that names the member")


@pytest.mark.parametrize("role", ["cousin", "Head", "", None, ["child"]])
def test_a_bad_role_is_refused(role: object) -> None:
    assert refusal(changed(lambda d: d["members"][2].update(role=role))) == (
        f"members[2].role: must be self, head, spouse, child, parent or other, not {role!r}")


def test_self_role_means_head_and_a_role_left_out_is_head() -> None:
    request = parse(changed(lambda d: d["members"][1].pop("role")))
    assert [m.role for m in request.members] == ["head", "head", "child", "child"]
    assert "self" not in {m.role for m in load_plan_file(FAMILY_PLAN).members}


@pytest.mark.parametrize("smoker", ["no", 0, 1, None])
def test_a_smoker_must_be_true_or_false(smoker: object) -> None:
    assert refusal(changed(lambda d: d["members"][0].update(smoker=smoker))) == (
        "members[0].smoker: must be true or false")


@pytest.mark.parametrize("sex", ["f", "X", "", 1, ["F"]])
def test_a_bad_sex_is_refused(sex: object) -> None:
    assert refusal(changed(lambda d: d["members"][1].update(sex=sex))) == (
        f"members[1].sex: must be \"F\" or \"M\", not {sex!r}")


def test_a_member_needs_a_name() -> None:
    assert refusal(changed(lambda d: d["members"][2].update(name="   "))) == (
        "members[2].name: must be a non-empty string")
    assert refusal(changed(lambda d: d["members"].append(None))) == "members[4]: must be an object"
    assert refusal(changed(lambda d: d.pop("members"))) == "members: must be a list"


def test_a_client_id_that_names_no_member_is_refused() -> None:
    assert refusal(changed(lambda d: d["client"].update(id="grandma"))) == "client.id: no member has id 'grandma'"


def test_the_client_is_found_by_id_and_put_first() -> None:
    # The spouse is the client: she comes first and the rest keep their order.
    def spouse_is_client(doc: Doc) -> None:
        doc["client"] = {"id": "mum", "name": "Lin Mei-hua"}

    request = parse(changed(spouse_is_client))
    assert request.client_id == "mum"
    assert [m.id for m in request.members] == ["mum", "dad", "kid1", "kid2"]


def test_the_client_is_found_by_name_without_an_id() -> None:
    request = parse(changed(lambda d: d["client"].pop("id")))
    assert request.client_id == "dad"
    assert [m.id for m in request.members] == ["dad", "mum", "kid1", "kid2"]


def test_a_client_not_among_the_members_joins_the_household_as_its_head() -> None:
    def grandma_is_client(doc: Doc) -> None:
        doc["client"] = {"name": "Wang Xiu-lan", "sex": "F", "birth_date": "1958-01-20",
                         "annual_income": "300000", "smoker": True, "occupation": "retired teacher"}
        doc["items"].append({"insured": CLIENT_KEY, "product": "WL", "sum_assured": "500000", "payment_term": 10})

    request = parse(changed(grandma_is_client))
    assert request.client_id == CLIENT_KEY
    assert request.members[0] == MemberSpec(CLIENT_KEY, "Wang Xiu-lan", "F", date(1958, 1, 20), True, "head",
                                            D(300_000), "retired teacher")
    assert [m.id for m in request.members] == [CLIENT_KEY, "dad", "mum", "kid1", "kid2"]
    assert request.recommended.items[-1].insured == CLIENT_KEY


def test_a_client_who_joins_is_checked_like_a_member() -> None:
    def stranger(**fields: object) -> Doc:
        return changed(lambda d: d.update(client={"name": "Wang Xiu-lan", **fields}))

    assert refusal(stranger(sex="W")) == "client.sex: must be \"F\" or \"M\", not 'W'"
    assert refusal(stranger(birth_date="1958/01/20")).startswith("client.birth_date: must be a date")
    assert refusal(stranger(birth_date="2027-01-01")) == "client.birth_date: 2027-01-01 is after as_of 2026-11-25"
    assert refusal(stranger(smoker="yes")) == "client.smoker: must be true or false"
    assert refusal(stranger(annual_income=3e5)).startswith("client.annual_income: must be an amount")


def test_a_client_who_joins_cannot_take_an_id_a_member_has() -> None:
    def clash(doc: Doc) -> None:
        doc["client"] = {"name": "Somebody Else"}
        doc["members"][3]["id"] = CLIENT_KEY

    assert refusal(changed(clash)) == "client: give the client's member id (a member is called 'client')"


def test_the_client_and_agent_need_a_name() -> None:
    assert refusal(changed(lambda d: d["client"].pop("name"))) == "client.name: must be a non-empty string"
    assert refusal(changed(lambda d: d.pop("client"))) == "client: must be an object"
    assert refusal(changed(lambda d: d["agent"].pop("licence"))) == "agent.licence: must be a non-empty string"
    assert refusal(changed(lambda d: d["agent"].update(phone=912345678))) == "agent.phone: must be a string"
    assert refusal(changed(lambda d: d.update(agent="Grace Lin"))) == "agent: must be an object"


# --- budget, assumptions, existing cover, catalog, proposal -------------------------------------------------


@pytest.mark.parametrize("period", ["weekly", "Monthly", None, ["monthly"]])
def test_a_bad_budget_period_is_refused(period: object) -> None:
    assert refusal(changed(lambda d: d["budget"].update(period=period))) == (
        f"budget.period: must be annual or monthly, not {period!r}")


@pytest.mark.parametrize("amount", ["0", 0, "-100"])
def test_a_budget_must_be_more_than_zero(amount: object) -> None:
    message = refusal(changed(lambda d: d["budget"].update(amount=amount)))
    assert message in ("budget.amount: must be more than zero", "budget.amount: must not be negative")


def test_a_budget_needs_an_amount_and_may_leave_out_its_period_or_itself() -> None:
    assert refusal(changed(lambda d: d["budget"].pop("amount"))) == "budget.amount: must be more than zero"
    assert refusal(changed(lambda d: d.update(budget="16000"))) == (
        "budget: must be an object with amount and period")
    assert parse(changed(lambda d: d["budget"].pop("period"))).budget == Budget(D(16_000), "annual")
    assert parse(changed(lambda d: d.pop("budget"))).budget is None


def test_assumptions_override_the_defaults_field_by_field() -> None:
    request = parse(changed(lambda d: d.update(assumptions={
        "mortgage": "8000000", "independence_age": 25, "income_replacement_ratio": "0.6"})))
    assert request.assumptions == NeedsAssumptions(mortgage=D(8_000_000), independence_age=25,
                                                   income_replacement_ratio=D("0.6"))


def test_an_unknown_assumption_is_refused() -> None:
    assert refusal(changed(lambda d: d.update(assumptions={"inflation": "0.02"}))) == (
        "assumptions.inflation: unknown assumption")


def test_an_assumption_of_the_wrong_kind_is_refused() -> None:
    assert refusal(changed(lambda d: d.update(assumptions={"independence_age": "25"}))).startswith(
        "assumptions.independence_age: must be a whole number")
    assert refusal(changed(lambda d: d.update(assumptions={"mortgage": 8e6}))).startswith(
        "assumptions.mortgage: must be an amount")
    assert refusal(changed(lambda d: d.update(assumptions={"mortgage": None}))) == (
        "assumptions.mortgage: must be a number")
    assert refusal(changed(lambda d: d.update(assumptions=["mortgage"]))) == "assumptions: must be an object"


def test_existing_cover_must_name_a_member_a_benefit_and_an_amount() -> None:
    assert refusal(changed(lambda d: d["existing"][0].update(insured="grandpa"))) == (
        "existing[0].insured: no member has id 'grandpa'")
    for benefit in ("life", None, ["death"]):
        assert refusal(changed(lambda d, b=benefit: d["existing"][0].update(benefit=b))).startswith(
            "existing[0].benefit: must be one of death, critical_illness, medical")
    assert refusal(changed(lambda d: d["existing"][0].pop("amount"))) == "existing[0].amount: is required"
    assert refusal(changed(lambda d: d.update(existing={}))) == "existing: must be a list"
    assert refusal(changed(lambda d: d["existing"].append("policy"))) == "existing[1]: must be an object"


def test_the_catalog_a_plan_was_made_on_needs_both_id_and_version() -> None:
    request = parse(changed(lambda d: d.update(catalog={"id": "demo", "version": "2026.11.1"})))
    assert (request.catalog_id, request.catalog_version) == ("demo", "2026.11.1")
    assert refusal(changed(lambda d: d.update(catalog={"id": "demo"}))) == (
        "catalog.version: must be a non-empty string")
    assert refusal(changed(lambda d: d.update(catalog={"version": "2026.11.1"}))) == (
        "catalog.id: must be a non-empty string")
    assert refusal(changed(lambda d: d.update(catalog="demo"))) == (
        "catalog: must be an object with an id and a version")


def test_the_proposal_number_and_version_come_from_the_file() -> None:
    request = parse(changed(lambda d: d.update(proposal={"number": "P-2026-0001", "version": 3})))
    assert (request.number, request.version, request.proposal_number()) == ("P-2026-0001", 3, "P-2026-0001")
    for version in (0, -1, "2", 2.0, True):
        assert refusal(changed(lambda d, v=version: d.update(proposal={"version": v}))) == (
            "proposal.version: must be a whole number from 1")
    assert refusal(changed(lambda d: d.update(proposal={"number": 17}))) == "proposal.number: must be a string"
    assert refusal(changed(lambda d: d.update(proposal="P-1"))) == (
        "proposal: must be an object with a number and a version")


def test_every_field_of_the_wrong_type_is_refused_by_its_path() -> None:
    # A sweep over the fixture: put a list where each value is, in turn. The client's own details are
    # not read when the client is a member (the member's are), so those pass.
    doc = family()
    ignored = {"client.sex", "client.birth_date", "client.annual_income"}
    refused = 0
    for path, _value in _leaves(doc):
        broken = copy.deepcopy(doc)
        _set(broken, path, ["not", "a", "value"])
        where = "".join(f"[{key}]" if isinstance(key, int) else f".{key}" for key in path).lstrip(".")
        if where in ignored:
            parse(broken)
            continue
        assert refusal(broken).startswith(f"{where}: "), where
        refused += 1
    assert refused > 60


# --- round trip ---------------------------------------------------------------------------------------------


def test_request_to_json_reads_back_to_an_equal_request() -> None:
    request = load_plan_file(FAMILY_PLAN)
    document = request_to_json(request)
    assert parse_plan_file(json.dumps(document)) == request
    assert parse_plan_file(document) == request


def test_request_to_json_keeps_everything_the_file_can_say() -> None:
    def everything(doc: Doc) -> None:
        doc.update(name="Family first", catalog={"id": "demo", "version": "2026.11.1"},
                   proposal={"number": "P-7", "version": 2}, assumptions={"mortgage": "8000000", "ci_income_years": 5})
        member(doc, "dad").update(occupation="engineer", expected_pension="20000", retirement_savings="350000")
        doc["client"] = {"name": "Wang Xiu-lan", "sex": "F", "birth_date": "1958-01-20", "smoker": True}

    request = parse(changed(everything))
    assert request.members[0].id == CLIENT_KEY
    again = parse(json.loads(json.dumps(request_to_json(request))))
    assert again == request
    assert (again.catalog_id, again.number, again.version, again.assumptions.ci_income_years) == (
        "demo", "P-7", 2, 5)


def test_request_to_json_writes_amounts_as_plain_strings() -> None:
    document = request_to_json(parse(changed(lambda d: d["items"][0].update(sum_assured="5000000.00"))))
    assert document["items"][0]["sum_assured"] == "5000000"
    assert document["budget"] == {"amount": "16000", "period": "monthly"}
    assert document["assumptions"]["income_replacement_ratio"] == "0.7"
    text = json.dumps(document)
    assert not re.search(r":\s*-?\d+\.\d", text), "an amount was written as a JSON number"


# Plan documents with everything the file may hold, all valid.
_names = st.text(st.sampled_from("abcXYZ 陳林王-'"), min_size=1, max_size=8).filter(str.strip)
_ids = st.text(st.sampled_from("abcdef0123"), min_size=1, max_size=4)
_amounts = st.one_of(st.integers(0, 10**9), st.integers(0, 10**9).map(str),
                     st.decimals(0, 10**7, places=2).map(str))
_dates = st.dates(date(1930, 1, 1), date(2026, 1, 1))


@st.composite
def plan_documents(draw: st.DrawFn) -> Doc:
    ids = draw(st.lists(_ids, min_size=1, max_size=4, unique=True))
    members = [{"id": member_id, "name": draw(_names), "sex": draw(st.sampled_from(["F", "M", None])),
                "birth_date": draw(st.one_of(st.none(), _dates.map(date.isoformat))),
                "smoker": draw(st.booleans()),
                "role": draw(st.sampled_from(["self", "head", "spouse", "child", "parent", "other"])),
                "annual_income": draw(_amounts), "name_local": draw(st.sampled_from(["", "陳大偉"]))}
               for member_id in ids]

    def items() -> list[Doc]:
        return [{"insured": draw(st.sampled_from(ids)), "product": draw(st.sampled_from(["TL20", "WL", "EDU"])),
                 "sum_assured": draw(st.one_of(st.none(), _amounts)),
                 "term": draw(st.one_of(st.none(), st.integers(1, 40))),
                 "payment_term": draw(st.one_of(st.none(), st.integers(1, 30))),
                 "frequency": draw(st.sampled_from(["annual", "semiannual", "quarterly", "monthly"])),
                 "riders": [{"code": code, "sum_assured": draw(st.one_of(st.none(), _amounts))}
                            for code in draw(st.lists(st.sampled_from(["ADB", "WP", "HC"]), max_size=2))]}
                for _ in range(draw(st.integers(1, 3)))]

    doc: Doc = {
        "as_of": "2026-11-25",
        "agent": {"name": draw(_names), "licence": "TW-1", "phone": draw(st.sampled_from(["", "0912"])),
                  "email": ""},
        "client": draw(st.one_of(
            st.sampled_from(ids).map(lambda i: {"id": i, "name": "ignored when the id matches"}),
            st.builds(lambda name, sex: {"name": f"Client {name}", "sex": sex, "birth_date": "1970-05-05"},
                      _names, st.sampled_from(["F", "M"])))),
        "members": members,
        "items": items(),
        "alternatives": [{"name": draw(_names), "items": items()} for _ in range(draw(st.integers(0, 2)))],
        "existing": [{"insured": draw(st.sampled_from(ids)),
                      "benefit": draw(st.sampled_from(["death", "critical_illness", "medical"])),
                      "amount": draw(_amounts), "source": draw(st.sampled_from(["", "L-1"]))}
                     for _ in range(draw(st.integers(0, 2)))],
        "assumptions": draw(st.fixed_dictionaries({}, optional={
            "mortgage": _amounts, "independence_age": st.integers(18, 25),
            "income_replacement_ratio": st.decimals(0, 1, places=2).map(str)})),
        "notes": draw(st.sampled_from(["", "Why this plan suits."])),
    }
    if draw(st.booleans()):
        doc["budget"] = {"amount": str(draw(st.integers(1, 10**6))),
                         "period": draw(st.sampled_from(["annual", "monthly"]))}
    if draw(st.booleans()):
        doc["catalog"] = {"id": "demo", "version": "2026.11.1"}
    if draw(st.booleans()):
        doc["proposal"] = {"number": draw(st.sampled_from(["", "P-1"])), "version": draw(st.integers(1, 9))}
    return doc


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan_documents())
def test_any_valid_plan_file_survives_the_round_trip(doc: Doc) -> None:
    request = parse(doc)
    written = json.dumps(request_to_json(request), ensure_ascii=False)
    again = parse_plan_file(written.encode("utf-8"))
    assert again == request
    assert again.proposal_number() == request.proposal_number()
    assert request_to_json(again) == request_to_json(request)


# --- the proposal number ------------------------------------------------------------------------------------


def test_the_proposal_number_is_stable_for_the_same_content() -> None:
    number = load_plan_file(FAMILY_PLAN).proposal_number()
    assert re.fullmatch(r"P-[0-9A-F]{8}", number)
    assert parse(family()).proposal_number() == number
    # Whitespace and key order in the file do not matter; only the content does.
    reordered = json.dumps(dict(reversed(list(family().items()))), indent=4)
    assert parse_plan_file(reordered).proposal_number() == number


def test_the_proposal_number_ignores_the_version() -> None:
    number = load_plan_file(FAMILY_PLAN).proposal_number()
    for version in (1, 2, 7):
        request = parse(changed(lambda d, v=version: d.update(proposal={"version": v})))
        assert request.version == version
        assert request.proposal_number() == number


def test_the_proposal_number_changes_when_an_amount_changes() -> None:
    number = load_plan_file(FAMILY_PLAN).proposal_number()
    changes: list[Callable[[Doc], object]] = [
        lambda d: d["items"][0].update(sum_assured="5010000"),
        lambda d: d["items"][0]["riders"][0].update(sum_assured="1990000"),
        lambda d: d["alternatives"][0]["items"][0].update(sum_assured="4010000"),
        lambda d: d["budget"].update(amount="16001"),
        lambda d: d["existing"][0].update(amount="1000001"),
        lambda d: d["members"][1].update(annual_income="800001"),
    ]
    numbers = {parse(changed(change)).proposal_number() for change in changes}
    assert number not in numbers
    assert len(numbers) == len(changes)


def test_the_proposal_number_is_the_same_however_an_amount_is_written() -> None:
    number = load_plan_file(FAMILY_PLAN).proposal_number()
    for written in (5000000, "5,000,000", "5000000.00", "5e6"):
        request = parse(changed(lambda d, w=written: d["items"][0].update(sum_assured=w)))
        assert request.proposal_number() == number, written


def test_a_given_proposal_number_is_kept() -> None:
    assert parse(changed(lambda d: d.update(proposal={"number": "P-2026-0042"}))).proposal_number() == "P-2026-0042"


# --- helpers ------------------------------------------------------------------------------------------------


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    if isinstance(value, dict):
        return [leaf for key, item in value.items() for leaf in _leaves(item, (*path, key))]
    if isinstance(value, list):
        return [leaf for index, item in enumerate(value) for leaf in _leaves(item, (*path, index))]
    return [(path, value)]


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> None:
    for key in path[:-1]:
        doc = doc[key]
    doc[path[-1]] = value
