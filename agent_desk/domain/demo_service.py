"""Demo claims, service requests and complaints for a demo family.

About 3% of policies in force have a claim, at every stage: most recent ones
still open (a few stalled), older ones paid or declined. About 2% of clients
have a service request and a few in a thousand a complaint, some open and
overdue. Everything is consistent with the policies: a claim follows an
incident during cover, its steps move forward in time and never past today,
a paid claim has its amount (Decimal, whole currency units), documents come
in before the claim is submitted, and notes are in the family's script.
Death claims are left out: the demo insured are all alive.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from agent_desk.domain.claims import (
    REQUEST_DUE_DAYS,
    REQUIRED_DOCUMENTS,
    ClaimKind,
    ClaimStage,
    ComplaintStatus,
    RequestStatus,
    ServiceRequestKind,
    complaint_due_on,
    request_due_on,
)
from agent_desk.domain.clients import PolicyStatus
from agent_desk.domain.demo_data import ProductKind, Text, note_text
from agent_desk.domain.demo_families import Family, IdSource, Person, Weighted
from agent_desk.domain.demo_policies import DemoPolicy

# Chance that a claimable policy in force has a claim, that a policyholder has
# a service request, and a complaint: ≈3% of policies in force, ≈2% of all
# clients (policyholders are about half of them), ≈0.3% of clients.
CLAIM_CHANCE = 0.034
REQUEST_CHANCE = 0.042
COMPLAINT_CHANCE = 0.0065
# Claims were reported in the last year, most of them recently.
CLAIM_DAYS_BACK = 365
REQUEST_DAYS_BACK = 240
COMPLAINT_DAYS_BACK = 300

_CLAIM_KINDS: dict[ProductKind, Weighted[ClaimKind]] = {
    ProductKind.MEDICAL: Weighted([(ClaimKind.MEDICAL, 1)]),
    ProductKind.ACCIDENT: Weighted([(ClaimKind.ACCIDENT, 4), (ClaimKind.DISABILITY, 1)]),
    ProductKind.CRITICAL_ILLNESS: Weighted([(ClaimKind.CRITICAL_ILLNESS, 1)]),
    ProductKind.TERM_LIFE: Weighted([(ClaimKind.DISABILITY, 1)]),
    ProductKind.WHOLE_LIFE: Weighted([(ClaimKind.DISABILITY, 1)]),
}
# How often each kind of policy sees a claim, relative to hospital cover.
_CLAIM_WEIGHT = {ProductKind.MEDICAL: 1.0, ProductKind.ACCIDENT: 0.8, ProductKind.CRITICAL_ILLNESS: 0.5,
                 ProductKind.TERM_LIFE: 0.12, ProductKind.WHOLE_LIFE: 0.12}
# Share of the sum assured a claim asks for, by kind (a hospital bill is a slice of the limit).
_CLAIMED_SHARE = {ClaimKind.MEDICAL: (2, 30), ClaimKind.ACCIDENT: (1, 12), ClaimKind.CRITICAL_ILLNESS: (100, 100),
                  ClaimKind.DISABILITY: (10, 100)}
# Days between steps: (fewest, most) usually, and the most when the step drags.
_STEP_DAYS = {
    ClaimStage.DOCUMENTS_COLLECTED: (1, 12, 40),
    ClaimStage.SUBMITTED: (0, 5, 20),
    ClaimStage.UNDER_REVIEW: (1, 6, 25),
    ClaimStage.APPROVED: (2, 25, 75),
    ClaimStage.DECLINED: (5, 30, 60),
    ClaimStage.PAID: (2, 10, 35),
}
DRAG_CHANCE = 0.12

_CLAIM_NOTES: dict[ClaimKind, tuple[Text, ...]] = {
    ClaimKind.MEDICAL: (
        Text("Three nights in hospital with pneumonia", "肺炎住院三晚", "肺炎住院三晚"),
        Text("Day surgery: knee arthroscopy", "膝關節鏡手術（當日出院）", "膝关节镜手术（当日出院）"),
        Text("Appendectomy, five days in hospital", "闌尾切除，住院五天", "阑尾切除，住院五天"),
        Text("Kidney stones, two nights in hospital", "腎結石住院兩晚", "肾结石住院两晚"),
    ),
    ClaimKind.ACCIDENT: (
        Text("Fractured wrist in a scooter fall", "騎機車跌倒，手腕骨折", "骑电动车摔倒，手腕骨折"),
        Text("Sprained ankle playing basketball", "打籃球扭傷腳踝", "打篮球扭伤脚踝"),
        Text("Cut hand at work, stitches", "工作時割傷手，縫了幾針", "工作时割伤手，缝了几针"),
    ),
    ClaimKind.CRITICAL_ILLNESS: (
        Text("Diagnosed with breast cancer, stage I", "確診乳癌第一期", "确诊乳腺癌一期"),
        Text("Heart attack; stent fitted", "急性心肌梗塞，放支架", "急性心肌梗死，放支架"),
        Text("Stroke; in rehabilitation", "中風，復健中", "中风，康复中"),
    ),
    ClaimKind.DISABILITY: (
        Text("Lost the use of a hand after an accident", "意外後一手失能", "意外后一手失能"),
        Text("Partial disability after a fall from a ladder", "從梯子跌落，部分失能", "从梯子跌落，部分失能"),
    ),
}
_STEP_NOTES: dict[ClaimStage, tuple[Text, ...]] = {
    ClaimStage.DOCUMENTS_COLLECTED: (
        Text("Picked up the receipts at the client's home", "到府收取收據", "上门收取收据"),
        Text("Client sent photos of the papers by chat", "客戶用通訊軟體傳文件照片", "客户用聊天软件发文件照片"),
    ),
    ClaimStage.SUBMITTED: (
        Text("Submitted at the branch counter", "送件至分公司櫃檯", "在分公司柜台递交"),
        Text("Sent by courier to the claims department", "快遞寄至理賠部", "快递寄至理赔部"),
    ),
    ClaimStage.UNDER_REVIEW: (
        Text("Insurer asked for the original receipts", "保險公司要求收據正本", "保险公司要求收据原件"),
        Text("Medical records requested from the hospital", "向醫院調閱病歷", "向医院调阅病历"),
    ),
    ClaimStage.APPROVED: (
        Text("Approved in full", "全額核准", "全额核准"),
        Text("Approved after deductibles", "扣除自負額後核准", "扣除免赔额后核准"),
    ),
    ClaimStage.DECLINED: (
        Text("Declined: pre-existing condition", "拒賠：投保前已有病症", "拒赔：投保前已有病症"),
        Text("Declined: outpatient care is not covered", "拒賠：門診不在保障範圍", "拒赔：门诊不在保障范围"),
    ),
    ClaimStage.PAID: (
        Text("Paid into the client's bank account", "已匯入客戶帳戶", "已汇入客户账户"),
    ),
}

_REQUEST_KINDS = Weighted([
    (ServiceRequestKind.ADDRESS_CHANGE, 20), (ServiceRequestKind.BENEFICIARY_CHANGE, 14),
    (ServiceRequestKind.PAYMENT_METHOD, 18), (ServiceRequestKind.POLICY_LOAN, 10), (ServiceRequestKind.SURRENDER, 7),
    (ServiceRequestKind.REINSTATEMENT, 6), (ServiceRequestKind.CONTACT_DETAILS, 17), (ServiceRequestKind.OTHER, 8),
])
# Which policies a request kind concerns (None: the client, not a policy).
_LIVE = frozenset({PolicyStatus.IN_FORCE, PolicyStatus.GRACE})
_CASH_VALUE = frozenset({ProductKind.WHOLE_LIFE, ProductKind.ANNUITY, ProductKind.EDUCATION})
_REQUEST_NOTES: dict[ServiceRequestKind, tuple[Text, Text]] = {  # (note, outcome)
    ServiceRequestKind.ADDRESS_CHANGE: (Text("Moved house; new address on every policy", "搬家，所有保單改新地址",
                                             "搬家，所有保单改新地址"),
                                        Text("Address updated", "地址已更新", "地址已更新")),
    ServiceRequestKind.BENEFICIARY_CHANGE: (Text("Add the new baby as a beneficiary", "新增寶寶為受益人",
                                                 "新增宝宝为受益人"),
                                            Text("Beneficiaries changed; endorsement sent", "受益人已變更，批註書已寄出",
                                                 "受益人已变更，批注书已寄出")),
    ServiceRequestKind.PAYMENT_METHOD: (Text("Pay by credit card instead of transfer", "改為信用卡扣款", "改为信用卡扣款"),
                                        Text("Card authorisation in place", "信用卡授權完成", "信用卡授权完成")),
    ServiceRequestKind.POLICY_LOAN: (Text("Policy loan for a tuition payment", "保單借款繳學費", "保单贷款交学费"),
                                     Text("Loan paid out", "借款已撥付", "贷款已发放")),
    ServiceRequestKind.SURRENDER: (Text("Wants the cash value for a flat deposit", "想解約拿解約金付房子頭期款",
                                        "想退保拿现金价值付首付"),
                                   Text("Kept the policy after reviewing a loan instead", "評估保單借款後決定保留保單",
                                        "评估保单贷款后决定保留保单")),
    ServiceRequestKind.REINSTATEMENT: (Text("Reinstate the lapsed policy", "申請保單復效", "申请保单复效"),
                                       Text("Reinstated after the health declaration", "健康告知後已復效",
                                            "健康告知后已复效")),
    ServiceRequestKind.CONTACT_DETAILS: (Text("New mobile number and e-mail", "更新手機和電子郵件", "更新手机和电子邮件"),
                                         Text("Contact details updated", "聯絡資料已更新", "联系资料已更新")),
    ServiceRequestKind.OTHER: (Text("Needs a premium certificate for the tax return", "報稅需要保費證明",
                                    "报税需要保费证明"),
                               Text("Certificate sent by e-mail", "證明已用電子郵件寄出", "证明已用电子邮件寄出")),
}
_COMPLAINTS: tuple[tuple[Text, Text], ...] = (  # (summary, outcome)
    (Text("Premium was taken twice this month", "本月保費重複扣款", "本月保费重复扣款"),
     Text("Refunded; apologised by phone", "已退款並致電道歉", "已退款并致电道歉")),
    (Text("Claim payment slower than promised", "理賠款比承諾的慢", "理赔款比承诺的慢"),
     Text("Escalated to the claims manager; paid", "已向理賠主管反映，已付款", "已向理赔主管反映，已付款")),
    (Text("The call centre never called back", "客服一直沒有回電", "客服一直没有回电"),
     Text("Called back and answered the question", "已回電並解答問題", "已回电并解答问题")),
    (Text("Policy documents never arrived", "一直沒收到保單", "一直没收到保单"),
     Text("Reprinted and delivered by hand", "補發保單並親送", "补发保单并亲自送达")),
    (Text("Disagrees with the claim decision", "不同意理賠結果", "不同意理赔结果"),
     Text("Explained the policy terms; client accepted", "說明條款後客戶接受", "说明条款后客户接受")),
)


@dataclass(slots=True)
class DemoClaim:
    id: str
    policy: DemoPolicy
    kind: ClaimKind
    claim_number: str
    incident_date: date
    amount_claimed: Decimal
    amount_paid: Decimal | None
    notes: str
    steps: list[tuple[ClaimStage, date, str]]  # in order, each on or after the one before
    documents: list[tuple[str, date | None]]  # (document code, received on)

    @property
    def stage(self) -> ClaimStage:
        return self.steps[-1][0]


@dataclass(slots=True)
class DemoServiceRequest:
    id: str
    client: Person
    policy: DemoPolicy | None
    kind: ServiceRequestKind
    opened_on: date
    due_on: date
    closed_on: date | None
    notes: str
    outcome: str

    @property
    def status(self) -> RequestStatus:
        return RequestStatus.OPEN if self.closed_on is None else RequestStatus.CLOSED


@dataclass(slots=True)
class DemoComplaint:
    id: str
    client: Person
    policy: DemoPolicy | None
    received_on: date
    due_on: date
    resolved_on: date | None
    summary: str
    outcome: str

    @property
    def status(self) -> ComplaintStatus:
        return ComplaintStatus.OPEN if self.resolved_on is None else ComplaintStatus.RESOLVED


@dataclass(slots=True)
class DemoService:
    claims: list[DemoClaim] = field(default_factory=list)
    requests: list[DemoServiceRequest] = field(default_factory=list)
    complaints: list[DemoComplaint] = field(default_factory=list)


class ServiceMaker:
    """Makes one family's claims, requests and complaints after another."""

    def __init__(self, rng: random.Random, today: date, ids: IdSource):
        self.rng = rng
        self.today = today
        self.ids = ids
        self._claim_sequence = 0

    def serve(self, family: Family, policies: list[DemoPolicy]) -> DemoService:
        service = DemoService()
        rng = self.rng
        for policy in policies:
            weight = _CLAIM_WEIGHT.get(policy.product.kind)
            if weight and policy.status is PolicyStatus.IN_FORCE and rng.random() < CLAIM_CHANCE * 2 * weight:
                claim = self._claim(policy)
                if claim is not None:
                    service.claims.append(claim)
        for person in family.members:
            if not person.held:
                continue
            if rng.random() < REQUEST_CHANCE:
                service.requests.append(self._request(person))
            if rng.random() < COMPLAINT_CHANCE:
                service.complaints.append(self._complaint(person))
        return service

    # -- claims ----------------------------------------------------------------------------------
    def _claim(self, policy: DemoPolicy) -> DemoClaim | None:
        rng, today = self.rng, self.today
        issued = policy.issue_date
        days_back = int(CLAIM_DAYS_BACK * rng.random() ** 2)  # recent claims are the commoner
        reported = today - timedelta(days=days_back)
        incident = reported - timedelta(days=rng.randint(0, 20))
        if issued is None or incident <= issued:
            return None  # the cover had not started: no claim
        kind = _CLAIM_KINDS[policy.product.kind].pick(rng)
        claimed = self._amount_claimed(policy, kind)
        steps = self._steps(reported)
        documents = self._documents(kind, steps)
        number = ""
        submitted = next((on for stage, on, _ in steps if stage is ClaimStage.SUBMITTED), None)
        if submitted is not None:  # the insurer numbers a claim once it has it
            self._claim_sequence += rng.randint(1, 40)
            number = f"CL{submitted.year}{self._claim_sequence:07d}"
        paid = None
        if steps[-1][0] is ClaimStage.PAID:
            low = 100 if kind in (ClaimKind.CRITICAL_ILLNESS, ClaimKind.DISABILITY) else 70
            paid = (claimed * rng.randint(low, 100) / 100).to_integral_value()
        market = policy.insured.market
        notes = note_text(rng.choice(_CLAIM_NOTES[kind]), market)
        steps = [(stage, on, note_text(rng.choice(_STEP_NOTES[stage]), market) if stage in _STEP_NOTES
                  and rng.random() < 0.35 else "") for stage, on, _ in steps]
        return DemoClaim(self.ids.new(), policy, kind, number, incident, claimed, paid, notes, steps, documents)

    def _amount_claimed(self, policy: DemoPolicy, kind: ClaimKind) -> Decimal:
        low, high = _CLAIMED_SHARE[kind]
        sum_assured = policy.sum_assured or policy.annual_premium * 10
        step = policy.holder.market.sum_step / 1000  # round to a sensible figure for the currency
        amount = sum_assured * self.rng.randint(low, high) / 100
        return max(step, (amount / step).to_integral_value() * step)

    def _steps(self, reported: date) -> list[tuple[ClaimStage, date, str]]:
        """Steps from the report on, each after a usual delay (sometimes a long
        one), until the claim closes or the next step would fall after today."""
        rng = self.rng
        steps = [(ClaimStage.REPORTED, reported, "")]
        path = [ClaimStage.DOCUMENTS_COLLECTED, ClaimStage.SUBMITTED]
        if rng.random() < 0.6:
            path.append(ClaimStage.UNDER_REVIEW)
        path += [ClaimStage.DECLINED] if rng.random() < 0.1 else [ClaimStage.APPROVED, ClaimStage.PAID]
        on = reported
        for stage in path:
            low, high, dragging = _STEP_DAYS[stage]
            on = on + timedelta(days=rng.randint(low, dragging if rng.random() < DRAG_CHANCE else high))
            if on > self.today:
                break
            steps.append((stage, on, ""))
        return steps

    def _documents(self, kind: ClaimKind, steps: list[tuple[ClaimStage, date, str]]) -> list[tuple[str, date | None]]:
        """All in by the day they were collected; while the claim is only
        reported, some have come in already."""
        rng = self.rng
        reported = steps[0][1]
        collected = next((on for stage, on, _ in steps if stage is ClaimStage.DOCUMENTS_COLLECTED), None)
        documents = []
        for code in REQUIRED_DOCUMENTS[kind]:
            if collected is not None:
                received = reported + timedelta(days=rng.randint(0, (collected - reported).days))
            elif rng.random() < 0.5:
                received = reported + timedelta(days=rng.randint(0, (self.today - reported).days))
            else:
                received = None
            documents.append((code.value, received))
        return documents

    # -- requests and complaints ---------------------------------------------------------------
    def _request(self, person: Person) -> DemoServiceRequest:
        rng, today = self.rng, self.today
        kind = _REQUEST_KINDS.pick(rng)
        policy = self._policy_for(kind, person)
        if kind is not ServiceRequestKind.ADDRESS_CHANGE and kind is not ServiceRequestKind.CONTACT_DETAILS \
                and policy is None:
            kind = ServiceRequestKind.CONTACT_DETAILS  # nothing the kind could apply to
        opened = today - timedelta(days=int(REQUEST_DAYS_BACK * rng.random() ** 2))
        due = request_due_on(kind, opened)
        closed = self._closed(opened, REQUEST_DUE_DAYS[kind])
        note, outcome = (note_text(text, person.market) for text in _REQUEST_NOTES[kind])
        return DemoServiceRequest(self.ids.new(), person, policy, kind, opened, due, closed, note,
                                  outcome if closed else "")

    def _policy_for(self, kind: ServiceRequestKind, person: Person) -> DemoPolicy | None:
        held = person.held
        if kind in (ServiceRequestKind.ADDRESS_CHANGE, ServiceRequestKind.CONTACT_DETAILS):
            return None
        if kind is ServiceRequestKind.REINSTATEMENT:
            fitting = [p for p in held if p.status is PolicyStatus.LAPSED]
        elif kind in (ServiceRequestKind.POLICY_LOAN, ServiceRequestKind.SURRENDER):
            fitting = [p for p in held if p.status in _LIVE and p.product.kind in _CASH_VALUE]
        else:
            fitting = [p for p in held if p.status in _LIVE]
        return self.rng.choice(fitting) if fitting else None

    def _complaint(self, person: Person) -> DemoComplaint:
        rng, today = self.rng, self.today
        summary, outcome = rng.choice(_COMPLAINTS)
        received = today - timedelta(days=int(COMPLAINT_DAYS_BACK * rng.random() ** 2))
        resolved = self._closed(received, 14)
        live = [p for p in person.held if p.status in _LIVE]
        policy = rng.choice(live) if live and rng.random() < 0.6 else None
        return DemoComplaint(self.ids.new(), person, policy, received, complaint_due_on(received), resolved,
                             note_text(summary, person.market), note_text(outcome, person.market) if resolved else "")

    def _closed(self, opened: date, usual_days: int) -> date | None:
        """Most cases close within about their usual time; a few run late, and
        the recent ones are still open."""
        rng = self.rng
        took = rng.randint(1, usual_days + 3) if rng.random() < 0.85 else rng.randint(usual_days, usual_days * 4)
        closed = opened + timedelta(days=took)
        return closed if closed <= self.today else None
