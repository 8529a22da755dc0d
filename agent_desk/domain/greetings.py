"""Birthday greetings the agent copies into a message, in the client's language."""

from __future__ import annotations

from enum import StrEnum


class GreetingLanguage(StrEnum):
    EN = "en"
    ZH_HANT = "zh-Hant"
    ZH_HANS = "zh-Hans"


_TEMPLATES = {
    GreetingLanguage.EN: ("Happy birthday, {name}! Wishing you good health and a wonderful year ahead. "
                          "Thank you for your trust.", " — {agent}"),
    GreetingLanguage.ZH_HANT: ("{name}，生日快樂！祝您身體健康、萬事如意，感謝您一直以來的信任。", "{agent} 敬上"),
    GreetingLanguage.ZH_HANS: ("{name}，生日快乐！祝您身体健康、万事如意，感谢您一直以来的信任。", "{agent} 敬上"),
}
# Calling codes of markets that write Simplified or Traditional Chinese.
_HANS_CODES = ("+86", "0086", "+65")
_HANT_CODES = ("+886", "+852", "+853", "00886", "00852", "00853")
# Characters written one way only, common in names (surnames and given names) and greetings.
_HANS_ONLY = set("们这说时国对学会发经现过么样还个与万岁乐体师书东车长门问间开关爱谢"
                 "丽萧华伟刚军红兰凤静杰涛飞鹏辉强龙云荣宁宝庆张陈刘杨黄赵吴孙马罗郑谢韩冯许邓叶苏钟卢蒋"
                 "贾阎钱谭邹陆顾汤乔贺赖龚梦颖婷轩铭浩艳燕玮琳荫瑶")
_HANT_ONLY = set("們這說時國對學會發經現過麼樣還個與萬歲樂體師書東車長門問間開關愛謝"
                 "麗蕭華偉剛軍紅蘭鳳靜傑濤飛鵬輝強龍雲榮寧寶慶張陳劉楊黃趙吳孫馬羅鄭謝韓馮許鄧葉蘇鍾盧蔣"
                 "賈閻錢譚鄒陸顧湯喬賀賴龔夢穎軒銘豔瑋蔭瑤")


def birthday_greeting(language: GreetingLanguage, name: str, name_local: str, agent: str) -> str:
    """A short, warm greeting; Chinese ones use the client's Chinese name when there is one."""
    chinese = language is not GreetingLanguage.EN
    who = (name_local or name) if chinese else (name or name_local)
    text, signature = _TEMPLATES[language]
    agent = agent.strip()
    return text.format(name=who) + (signature.format(agent=agent) if agent else "")


def guess_language(name_local: str, phone: str) -> GreetingLanguage:
    """Chinese when the client has a Chinese name. Which script: the name's
    own characters when they tell, else the phone (calling code, or the shape
    of a mainland mobile: eleven digits from 1), else Traditional."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in name_local):
        return GreetingLanguage.EN
    if any(ch in _HANS_ONLY for ch in name_local):
        return GreetingLanguage.ZH_HANS
    if any(ch in _HANT_ONLY for ch in name_local):
        return GreetingLanguage.ZH_HANT
    compact = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
    if compact.startswith(_HANS_CODES) or (len(compact) == 11 and compact.startswith("1")):
        return GreetingLanguage.ZH_HANS
    return GreetingLanguage.ZH_HANT
