from __future__ import annotations

import pytest

from agent_desk.domain.greetings import GreetingLanguage, birthday_greeting, guess_language


def test_greeting_in_each_language_names_the_client_and_signs_with_the_agent() -> None:
    en = birthday_greeting(GreetingLanguage.EN, "Mei-ling Chen", "陳美玲", "Jason Lin")
    assert en.startswith("Happy birthday, Mei-ling Chen!") and en.endswith("— Jason Lin")
    hant = birthday_greeting(GreetingLanguage.ZH_HANT, "Mei-ling Chen", "陳美玲", "林志明")
    assert hant.startswith("陳美玲，生日快樂") and hant.endswith("林志明 敬上")
    hans = birthday_greeting(GreetingLanguage.ZH_HANS, "Li Wei", "李伟", "")
    assert hans.startswith("李伟，生日快乐") and "敬上" not in hans


def test_chinese_greeting_falls_back_to_the_latin_name() -> None:
    assert birthday_greeting(GreetingLanguage.ZH_HANT, "Ann Lee", "", "").startswith("Ann Lee，")


@pytest.mark.parametrize(("name_local", "phone", "expected"), [
    ("", "+886 912 345 678", GreetingLanguage.EN),
    ("陳美玲", "+886 912 345 678", GreetingLanguage.ZH_HANT),
    ("陈美玲", "+86 138 0013 8000", GreetingLanguage.ZH_HANS),
    ("張偉", "+852 9123 4567", GreetingLanguage.ZH_HANT),
    ("王文", "+86 138 0013 8000", GreetingLanguage.ZH_HANS),
    ("张伟东", "0912345678", GreetingLanguage.ZH_HANS),  # 东 is written only in Simplified
    ("王小明", "0912345678", GreetingLanguage.ZH_HANT),
    ("萧丽娟", "0912345678", GreetingLanguage.ZH_HANS),  # the name tells before the phone
    ("王小明", "138 1234 5678", GreetingLanguage.ZH_HANS),  # a mainland mobile
    ("王小明", "9123 4567", GreetingLanguage.ZH_HANT),
])
def test_language_guess(name_local: str, phone: str, expected: GreetingLanguage) -> None:
    assert guess_language(name_local, phone) is expected
