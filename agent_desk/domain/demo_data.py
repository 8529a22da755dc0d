"""Tables the demo book is drawn from: the markets (phones, e-mails,
addresses, currency), occupations, products and the notes an agent writes.

Every text comes in the three languages a client may read: English,
Traditional Chinese (Taiwan, Hong Kong) and Simplified Chinese (mainland).
Amounts are Decimal; nothing here touches a database.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from random import Random

from agent_desk.domain.clients import ActivityKind


class Script(StrEnum):
    EN = "en"
    HANT = "zh-Hant"
    HANS = "zh-Hans"


@dataclass(frozen=True)
class Text:
    """One phrase in the three languages."""

    en: str
    hant: str
    hans: str

    def in_(self, script: Script) -> str:
        return getattr(self, _TEXT_FIELDS[script])


_TEXT_FIELDS = {Script.EN: "en", Script.HANT: "hant", Script.HANS: "hans"}


@dataclass(frozen=True)
class Market:
    code: str  # TW / HK / CN / US, also the policy-number prefix
    script: Script
    currency: str
    weight: int  # share of the demo book, percent
    sum_step: Decimal  # one unit of sum assured, in the currency
    income_per_band: Decimal  # currency per unit of an occupation's income band
    income_round: Decimal  # incomes are round figures of this size
    twd_rate: Decimal  # roughly TWD per unit of currency, to rank premiums across markets
    chat_app: str  # how clients here message their agent


MARKETS: tuple[Market, ...] = (
    Market("TW", Script.HANT, "TWD", 40, Decimal("100000"), Decimal("15000"), Decimal("10000"), Decimal("1"), "LINE"),
    Market("HK", Script.HANT, "HKD", 20, Decimal("50000"), Decimal("6500"), Decimal("10000"), Decimal("4"),
           "WhatsApp"),
    Market("CN", Script.HANS, "CNY", 25, Decimal("50000"), Decimal("3500"), Decimal("10000"), Decimal("4.4"), "微信"),
    Market("US", Script.EN, "USD", 15, Decimal("25000"), Decimal("1000"), Decimal("1000"), Decimal("31"), "text"),
)


def _digits(rng: Random, count: int) -> str:
    return f"{rng.randint(0, 10 ** count - 1):0{count}d}"


# --- Places -------------------------------------------------------------------------------------

# (city, phone area code, districts with their roads)
_TW_PLACES = (
    ("台北市", "02", {"信義區": ("松仁路", "忠孝東路五段", "基隆路一段"), "大安區": ("復興南路一段", "敦化南路二段", "和平東路二段"),
                     "中山區": ("南京東路三段", "民生東路二段", "林森北路")}),
    ("新北市", "02", {"板橋區": ("文化路一段", "中山路一段"), "新店區": ("北新路二段", "中正路"), "永和區": ("永和路二段", "中正路")}),
    ("台中市", "04", {"西屯區": ("台灣大道三段", "文心路二段"), "北區": ("三民路三段", "進化路")}),
    ("高雄市", "07", {"苓雅區": ("四維三路", "中正一路"), "左營區": ("博愛二路", "自由二路")}),
    ("桃園市", "03", {"桃園區": ("中正路", "復興路"), "中壢區": ("中華路二段", "環北路")}),
    ("台南市", "06", {"東區": ("東門路二段", "林森路一段"), "北區": ("公園路", "西門路三段")}),
)
_HK_PLACES = (
    ("九龍", "旺角", "彌敦道"), ("九龍", "尖沙咀", "廣東道"), ("九龍", "觀塘", "觀塘道"), ("九龍", "九龍城", "太子道西"),
    ("香港島", "灣仔", "軒尼詩道"), ("香港島", "銅鑼灣", "怡和街"), ("香港島", "北角", "英皇道"), ("香港島", "西營盤", "德輔道西"),
    ("新界", "沙田", "沙田正街"), ("新界", "荃灣", "青山公路"), ("新界", "將軍澳", "唐德街"), ("新界", "屯門", "屯門鄉事會路"),
)
_CN_PLACES = (
    ("上海市", "浦东新区", "世纪大道"), ("上海市", "徐汇区", "漕溪北路"), ("北京市", "朝阳区", "建国路"),
    ("北京市", "海淀区", "中关村大街"), ("广州市", "天河区", "天河路"), ("深圳市", "南山区", "深南大道"),
    ("杭州市", "西湖区", "文三路"), ("成都市", "武侯区", "人民南路四段"), ("南京市", "鼓楼区", "中山北路"),
    ("武汉市", "江汉区", "解放大道"),
)
_US_PLACES = (
    ("San Francisco", "CA", "941", "415"), ("Los Angeles", "CA", "900", "213"), ("Irvine", "CA", "926", "949"),
    ("Seattle", "WA", "981", "206"), ("New York", "NY", "100", "212"), ("Houston", "TX", "770", "713"),
    ("Chicago", "IL", "606", "312"), ("Boston", "MA", "021", "617"),
)
_US_STREETS = ("Main St", "Oak Ave", "Maple Dr", "Cedar Ln", "Park Ave", "Pine St", "Washington Blvd", "Lake St",
               "Hillcrest Rd", "Sunset Blvd", "Elm St", "2nd Ave")


def address(rng: Random, market: Market) -> tuple[str, str]:
    """A street address as people of the market write it, and the phone
    area code of the place (landlines share it)."""
    if market.code == "TW":
        city, area, districts = rng.choice(_TW_PLACES)
        district = rng.choice(list(districts))
        floor = f"{rng.randint(2, 15)}樓" if rng.random() < 0.7 else ""
        return f"{city}{district}{rng.choice(districts[district])}{rng.randint(1, 300)}號{floor}", area
    if market.code == "HK":
        region, district, street = rng.choice(_HK_PLACES)
        return f"{region}{district}{street}{rng.randint(1, 400)}號{rng.randint(2, 40)}樓{rng.choice('ABCDEFGH')}室", ""
    if market.code == "CN":
        city, district, road = rng.choice(_CN_PLACES)
        flat = f"{rng.randint(1, 30)}{rng.randint(1, 4):02d}"
        return f"{city}{district}{road}{rng.randint(1, 999)}号{rng.randint(1, 20)}栋{flat}室", ""
    city, state, zip_prefix, area = rng.choice(_US_PLACES)
    unit = f", Apt {rng.randint(1, 20)}{rng.choice('ABCD')}" if rng.random() < 0.3 else ""
    street = f"{rng.randint(10, 9999)} {rng.choice(_US_STREETS)}{unit}"
    return f"{street}, {city}, {state} {zip_prefix}{_digits(rng, 2)}", area


_HK_FIRST_DIGITS = "5669992"  # mobiles start with 5, 6 or 9; landlines with 2
_CN_MOBILE_PREFIXES = ("130", "131", "135", "136", "137", "138", "139", "150", "151", "158", "159", "186", "188", "199")


def phone(rng: Random, market: Market, area: str) -> str:
    """A phone number in the market's usual format: mostly mobiles."""
    if market.code == "TW":
        if rng.random() < 0.1:
            digits = 8 if area == "02" else 7
            local = _digits(rng, digits)
            return f"{area}-{local[:-4]}-{local[-4:]}"
        return f"09{_digits(rng, 2)}-{_digits(rng, 3)}-{_digits(rng, 3)}"
    if market.code == "HK":
        return f"{rng.choice(_HK_FIRST_DIGITS)}{_digits(rng, 3)} {_digits(rng, 4)}"
    if market.code == "CN":
        return f"{rng.choice(_CN_MOBILE_PREFIXES)} {_digits(rng, 4)} {_digits(rng, 4)}"
    # 555-0100 to 555-0199 are reserved for fiction, so no real person is called.
    return f"({area}) 555-01{_digits(rng, 2)}"


_MAIL_DOMAINS = {
    "TW": ("gmail.com", "gmail.com", "yahoo.com.tw", "hotmail.com", "outlook.com"),
    "HK": ("gmail.com", "gmail.com", "yahoo.com.hk", "netvigator.com", "hotmail.com"),
    "CN": ("163.com", "126.com", "qq.com", "sina.com"),
    "US": ("gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com"),
}


def email(rng: Random, market: Market, given: str, family: str) -> str:
    """An address made from the romanised name, as people pick them."""
    if market.code == "CN" and rng.random() < 0.5:
        return f"{rng.randint(100000, 3999999999)}@qq.com"  # QQ mail is the QQ number
    given = "".join(ch for ch in given.lower() if ch.isalpha())
    family = "".join(ch for ch in family.lower() if ch.isalpha())
    style = rng.random()
    if style < 0.4:
        local = f"{given}.{family}"
    elif style < 0.7:
        local = f"{given[:1]}{family}{rng.randint(1, 99)}"
    else:
        local = f"{family}{given}{rng.randint(60, 99) if rng.random() < 0.5 else ''}"
    return f"{local}@{rng.choice(_MAIL_DOMAINS[market.code])}"


# --- Occupations --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Occupation:
    title: Text
    occupation_class: int  # 1 (office) to 6 (most hazardous), as insurers classify
    income_band: tuple[int, int] | None  # in the market's income_per_band units; None: no income
    weight: int


def _occ(en: str, hant: str, hans: str, cls: int, band: tuple[int, int] | None, weight: int) -> Occupation:
    return Occupation(Text(en, hant, hans), cls, band, weight)


OCCUPATIONS: tuple[Occupation, ...] = (
    _occ("Software engineer", "軟體工程師", "软件工程师", 1, (60, 160), 8),
    _occ("Accountant", "會計師", "会计师", 1, (50, 120), 6),
    _occ("Teacher", "教師", "教师", 1, (40, 80), 8),
    _occ("Civil servant", "公務員", "公务员", 1, (40, 90), 7),
    _occ("Office administrator", "行政人員", "行政人员", 1, (30, 60), 9),
    _occ("Doctor", "醫師", "医生", 1, (120, 350), 2),
    _occ("Lawyer", "律師", "律师", 1, (90, 300), 1),
    _occ("Pharmacist", "藥師", "药剂师", 1, (50, 100), 2),
    _occ("Business owner", "企業負責人", "企业主", 1, (80, 500), 4),
    _occ("Financial analyst", "金融分析師", "金融分析师", 1, (70, 180), 3),
    _occ("Designer", "設計師", "设计师", 1, (40, 90), 3),
    _occ("Nurse", "護理師", "护士", 2, (40, 80), 5),
    _occ("Sales representative", "業務代表", "销售代表", 2, (35, 100), 7),
    _occ("Shop owner", "商店老闆", "店主", 2, (30, 90), 4),
    _occ("Real estate agent", "房仲業務", "房产经纪人", 2, (30, 150), 3),
    _occ("Restaurant owner", "餐廳老闆", "餐厅老板", 2, (40, 150), 2),
    _occ("Chef", "廚師", "厨师", 3, (30, 70), 3),
    _occ("Electrician", "水電工", "电工", 3, (30, 70), 2),
    _occ("Taxi driver", "計程車司機", "出租车司机", 3, (25, 55), 2),
    _occ("Delivery rider", "外送員", "外卖骑手", 3, (20, 45), 2),
    _occ("Car mechanic", "汽車技師", "汽车修理工", 3, (30, 60), 2),
    _occ("Construction worker", "營造工人", "建筑工人", 4, (25, 55), 2),
    _occ("Machine operator", "機械操作員", "机床操作工", 4, (25, 50), 2),
    _occ("Police officer", "警察", "警察", 4, (45, 90), 1),
    _occ("Truck driver", "貨車司機", "货车司机", 4, (30, 65), 2),
    _occ("Fisherman", "漁民", "渔民", 5, (20, 50), 1),
    _occ("Firefighter", "消防員", "消防员", 5, (45, 90), 1),
    _occ("Steel worker", "鋼鐵工人", "钢铁工人", 5, (30, 60), 1),
    _occ("Window cleaner (high-rise)", "高空作業員", "高空作业员", 6, (30, 60), 1),
    _occ("Offshore rig worker", "海上鑽油平台工人", "海上钻井平台工人", 6, (60, 120), 1),
)
STUDENT = _occ("Student", "學生", "学生", 1, None, 0)
HOMEMAKER = _occ("Homemaker", "家管", "家庭主妇", 1, None, 0)
RETIRED = _occ("Retired", "退休", "退休", 1, (10, 40), 0)


# --- Products -----------------------------------------------------------------------------------

class ProductKind(StrEnum):
    TERM_LIFE = "term_life"
    WHOLE_LIFE = "whole_life"
    CRITICAL_ILLNESS = "critical_illness"
    MEDICAL = "medical"
    ACCIDENT = "accident"
    ANNUITY = "annuity"
    EDUCATION = "education_savings"


@dataclass(frozen=True)
class Product:
    code: str
    kind: ProductKind
    name: Text
    term: int | None  # years of cover; None: whole of life or to `matures_at_age`
    pay_terms: tuple[int, ...]  # premium-paying years to choose from; () pays for the whole term
    issue_ages: tuple[int, int]
    units: tuple[int, int]  # sum assured (annual premium for annuities) in the market's sum_step
    rate: Decimal  # annual premium per 1,000 sum assured at age 30
    age_growth: Decimal  # the rate grows by this factor per year of age
    matures_at_age: int | None = None  # education savings pay out at 22

    @property
    def has_sum_assured(self) -> bool:
        return self.kind is not ProductKind.ANNUITY


def _product(code: str, kind: ProductKind, en: str, hant: str, hans: str, term: int | None, pay_terms: tuple[int, ...],
             ages: tuple[int, int], units: tuple[int, int], rate: str, growth: str, **extra: int) -> Product:
    return Product(code, kind, Text(en, hant, hans), term, pay_terms, ages, units, Decimal(rate), Decimal(growth),
                   **extra)


PRODUCTS: dict[str, Product] = {p.code: p for p in (
    _product("TL10", ProductKind.TERM_LIFE, "Term Life 10", "十年定期壽險", "十年定期寿险", 10, (), (18, 65), (10, 100),
             "1.20", "1.075"),
    _product("TL20", ProductKind.TERM_LIFE, "Term Life 20", "二十年定期壽險", "二十年定期寿险", 20, (), (18, 60),
             (10, 100), "1.60", "1.075"),
    _product("WL", ProductKind.WHOLE_LIFE, "Whole Life", "終身壽險", "终身寿险", None, (6, 10, 20), (0, 70), (5, 40),
             "22", "1.035"),
    _product("CI20", ProductKind.CRITICAL_ILLNESS, "Critical Illness 20", "二十年重大疾病保險", "二十年重大疾病保险",
             20, (), (18, 60), (5, 30), "6.5", "1.06"),
    _product("MED10", ProductKind.MEDICAL, "Hospital Care 10", "十年期住院醫療保險", "十年期住院医疗保险", 10, (),
             (0, 65), (2, 10), "16", "1.04"),
    _product("PA10", ProductKind.ACCIDENT, "Personal Accident 10", "十年期意外傷害保險", "十年期意外伤害保险", 10, (),
             (18, 65), (10, 50), "1.3", "1"),
    _product("ANN10", ProductKind.ANNUITY, "Deferred Annuity 10", "十年期遞延年金", "十年期递延年金", 10, (), (35, 70),
             (1, 10), "0", "1"),
    _product("EDU", ProductKind.EDUCATION, "Education Savings", "子女教育儲蓄保險", "子女教育储蓄保险", None, (10,),
             (0, 12), (5, 20), "42", "1.01", matures_at_age=22),
)}

# How an annual premium becomes the premium of each payment.
MODAL_FACTORS: dict[str, Decimal] = {
    "annual": Decimal("1"), "semiannual": Decimal("0.52"), "quarterly": Decimal("0.262"), "monthly": Decimal("0.088"),
}
# Accident cover prices the job's hazard.
OCCUPATION_LOADING: dict[int, Decimal] = {1: Decimal("1"), 2: Decimal("1.2"), 3: Decimal("1.5"), 4: Decimal("2"),
                                          5: Decimal("2.6"), 6: Decimal("3.5")}
FEMALE_FACTOR = Decimal("0.85")
SMOKER_FACTOR = Decimal("1.4")


# --- Notes --------------------------------------------------------------------------------------

ACTIVITY_NOTES: dict[ActivityKind, tuple[Text, ...]] = {
    ActivityKind.CALL: (
        Text("Reminded about the premium due next month", "提醒下個月保費到期", "提醒下个月保费到期"),
        Text("Birthday call", "生日問候電話", "生日问候电话"),
        Text("Asked how the claim is going", "關心理賠進度", "关心理赔进度"),
        Text("Booked a policy review", "約好保單健診時間", "约好保单检视时间"),
        Text("Answered questions about hospital cover", "解答住院醫療的問題", "解答住院医疗的问题"),
        Text("Confirmed the new address", "確認新地址", "确认新地址"),
    ),
    ActivityKind.VISIT: (
        Text("Home visit, reviewed family cover", "家訪，檢視全家保障", "家访，检视全家保障"),
        Text("Visited at the office, brought the policy papers", "到公司拜訪，送保單", "到公司拜访，送保单"),
        Text("Visited after the hospital stay", "出院後探望", "出院后探望"),
    ),
    ActivityKind.MEETING: (
        Text("Annual policy review", "年度保單健診", "年度保单检视"),
        Text("Explained the critical illness plan", "說明重大疾病保障規劃", "说明重大疾病保障规划"),
        Text("Retirement planning over coffee", "喝咖啡聊退休規劃", "喝咖啡聊退休规划"),
        Text("Went through the education savings proposal", "討論子女教育金建議書", "讨论子女教育金建议书"),
    ),
    ActivityKind.MESSAGE: (
        Text("Sent festival greetings by {app}", "用{app}傳節日祝福", "用{app}发节日祝福"),
        Text("Sent the premium receipt by {app}", "用{app}傳繳費收據", "用{app}发缴费收据"),
        Text("Shared a health article by {app}", "用{app}分享健康文章", "用{app}分享健康文章"),
        Text("Sent the proposal PDF by {app}", "用{app}傳建議書", "用{app}发建议书"),
    ),
    ActivityKind.GIFT: (
        Text("Mid-Autumn mooncakes", "中秋月餅", "中秋月饼"),
        Text("Birthday card and cake voucher", "生日卡和蛋糕禮券", "生日卡和蛋糕礼券"),
        Text("New Year calendar", "新年月曆", "新年挂历"),
        Text("Fruit basket", "水果禮盒", "水果礼盒"),
    ),
}

CLIENT_NOTES: tuple[Text, ...] = (
    Text("Prefers calls after 7 pm", "晚上七點後方便聯絡", "晚上七点后方便联系"),
    Text("Prefers {app}", "偏好用{app}聯絡", "偏好用{app}联系"),
    Text("Interested in retirement planning", "對退休規劃有興趣", "对退休规划有兴趣"),
    Text("Vegetarian; mind this for gifts", "吃素，送禮留意", "吃素，送礼注意"),
    Text("Works night shifts", "上夜班，白天勿擾", "上夜班，白天勿扰"),
    Text("Has referred several friends", "介紹過好幾位朋友", "介绍过好几位朋友"),
    Text("Wants to review cover after the new baby", "寶寶出生後想重新檢視保障", "宝宝出生后想重新检视保障"),
    Text("Price-sensitive; compare plans", "重視價格，需比較方案", "重视价格，需比较方案"),
)


def note_text(text: Text, market: Market) -> str:
    """A note in the client's language, with their chat app filled in."""
    return text.in_(market.script).replace("{app}", market.chat_app)
