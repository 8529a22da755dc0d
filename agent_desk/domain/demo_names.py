"""Names for the demo book: common Chinese surnames and given names in the
script and romanisation each market uses, and common English names.

Taiwan writes Traditional characters and romanises with Wade–Giles as on
passports ("Wang Hsiao-ming"); Hong Kong writes Traditional and romanises
Cantonese ("Chan Tai Man"); the mainland writes Simplified with pinyin
("Li Hua"). Given names carry the generation they are typical of, so a
grandmother is 淑芬 or 秀英 and her granddaughter 子涵 or 欣怡.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Era(StrEnum):
    """The generation a given name is typical of, by birth year."""

    OLD = "old"  # born before 1965
    MID = "mid"  # 1965–1989
    YOUNG = "young"  # 1990 on

    @staticmethod
    def of(birth_year: int) -> Era:
        if birth_year < 1965:
            return Era.OLD
        return Era.MID if birth_year < 1990 else Era.YOUNG


@dataclass(frozen=True)
class Surname:
    hant: str  # Traditional
    hans: str  # Simplified
    tw: str  # Wade–Giles, as Taiwanese passports spell it
    hk: str  # Cantonese, as Hong Kong identity cards spell it
    cn: str  # pinyin
    weights: tuple[int, int, int]  # how common in TW, HK, CN (per mille, roughly)


SURNAMES: tuple[Surname, ...] = (
    Surname("陳", "陈", "Chen", "Chan", "Chen", (112, 110, 45)),
    Surname("林", "林", "Lin", "Lam", "Lin", (83, 40, 12)),
    Surname("黃", "黄", "Huang", "Wong", "Huang", (60, 70, 22)),
    Surname("張", "张", "Chang", "Cheung", "Zhang", (53, 45, 69)),
    Surname("李", "李", "Li", "Lee", "Li", (51, 60, 74)),
    Surname("王", "王", "Wang", "Wong", "Wang", (41, 25, 73)),
    Surname("吳", "吴", "Wu", "Ng", "Wu", (40, 30, 20)),
    Surname("劉", "刘", "Liu", "Lau", "Liu", (32, 35, 53)),
    Surname("蔡", "蔡", "Tsai", "Choi", "Cai", (29, 15, 8)),
    Surname("楊", "杨", "Yang", "Yeung", "Yang", (26, 25, 44)),
    Surname("許", "许", "Hsu", "Hui", "Xu", (23, 15, 9)),
    Surname("鄭", "郑", "Cheng", "Cheng", "Zheng", (21, 20, 10)),
    Surname("謝", "谢", "Hsieh", "Tse", "Xie", (19, 15, 10)),
    Surname("郭", "郭", "Kuo", "Kwok", "Guo", (17, 15, 13)),
    Surname("洪", "洪", "Hung", "Hung", "Hong", (16, 8, 3)),
    Surname("曾", "曾", "Tseng", "Tsang", "Zeng", (14, 15, 6)),
    Surname("周", "周", "Chou", "Chow", "Zhou", (13, 20, 23)),
    Surname("何", "何", "Ho", "Ho", "He", (9, 40, 12)),
    Surname("梁", "梁", "Liang", "Leung", "Liang", (9, 40, 8)),
    Surname("趙", "赵", "Chao", "Chiu", "Zhao", (8, 8, 23)),
    Surname("徐", "徐", "Hsu", "Tsui", "Xu", (9, 12, 15)),
    Surname("孫", "孙", "Sun", "Suen", "Sun", (6, 6, 15)),
    Surname("馬", "马", "Ma", "Ma", "Ma", (5, 12, 13)),
    Surname("朱", "朱", "Chu", "Chu", "Zhu", (5, 10, 13)),
    Surname("胡", "胡", "Hu", "Wu", "Hu", (6, 8, 13)),
    Surname("羅", "罗", "Lo", "Law", "Luo", (7, 20, 12)),
    Surname("高", "高", "Kao", "Ko", "Gao", (6, 8, 12)),
    Surname("麥", "麦", "Mai", "Mak", "Mai", (1, 15, 1)),
    Surname("馮", "冯", "Feng", "Fung", "Feng", (2, 12, 6)),
    Surname("葉", "叶", "Yeh", "Yip", "Ye", (11, 15, 6)),
    Surname("蕭", "萧", "Hsiao", "Siu", "Xiao", (8, 8, 5)),
    Surname("邱", "邱", "Chiu", "Yau", "Qiu", (11, 5, 3)),
    Surname("廖", "廖", "Liao", "Liu", "Liao", (11, 6, 4)),
    Surname("賴", "赖", "Lai", "Lai", "Lai", (10, 8, 3)),
)


@dataclass(frozen=True)
class GivenName:
    local: str  # in the market's script
    roman: str  # in the market's romanisation
    sex: str  # F / M
    era: Era


def _given(era: Era, sex: str, pairs: str) -> tuple[GivenName, ...]:
    """`pairs` is "名字 Roman, 名字 Roman…" (a roman part may hold a space)."""
    names = []
    for pair in pairs.split(","):
        local, roman = pair.strip().split(" ", 1)
        names.append(GivenName(local, roman, sex, era))
    return tuple(names)


# Taiwan: Traditional, Wade–Giles with a hyphen.
TW_GIVEN: tuple[GivenName, ...] = (
    *_given(Era.OLD, "F", "淑芬 Shu-fen, 秀英 Hsiu-ying, 美玉 Mei-yu, 麗華 Li-hua, 玉蘭 Yu-lan, 秀琴 Hsiu-chin, "
                          "素珍 Su-chen, 月娥 Yueh-o"),
    *_given(Era.OLD, "M", "文雄 Wen-hsiung, 明德 Ming-te, 國華 Kuo-hua, 榮輝 Jung-hui, 清水 Ching-shui, "
                          "建國 Chien-kuo, 正雄 Cheng-hsiung, 金龍 Chin-lung"),
    *_given(Era.MID, "F", "淑惠 Shu-hui, 美玲 Mei-ling, 雅惠 Ya-hui, 怡君 Yi-chun, 雅婷 Ya-ting, 佩珊 Pei-shan, "
                          "惠雯 Hui-wen, 淑芬 Shu-fen, 靜宜 Ching-yi, 婉婷 Wan-ting"),
    *_given(Era.MID, "M", "志明 Chih-ming, 志強 Chih-chiang, 俊傑 Chun-chieh, 建宏 Chien-hung, 家豪 Chia-hao, "
                          "小明 Hsiao-ming, 大偉 Ta-wei, 宗翰 Tsung-han, 文彬 Wen-pin, 信宏 Hsin-hung"),
    *_given(Era.YOUNG, "F", "欣怡 Hsin-yi, 詩涵 Shih-han, 品妍 Pin-yen, 宜蓁 Yi-chen, 子晴 Tzu-ching, 芷若 Chih-jo, "
                            "語彤 Yu-tung, 心妤 Hsin-yu"),
    *_given(Era.YOUNG, "M", "冠宇 Kuan-yu, 承恩 Cheng-en, 彥廷 Yen-ting, 柏翰 Po-han, 宥辰 Yu-chen, 品睿 Pin-jui, "
                            "宇翔 Yu-hsiang, 家睿 Chia-jui"),
)

# Hong Kong: Traditional, Cantonese romanisation in separate syllables.
HK_GIVEN: tuple[GivenName, ...] = (
    *_given(Era.OLD, "F", "秀英 Sau Ying, 麗珍 Lai Chun, 美華 Mei Wah, 玉蓮 Yuk Lin, 鳳儀 Fung Yee, 麗娟 Lai Kuen"),
    *_given(Era.OLD, "M", "國榮 Kwok Wing, 志明 Chi Ming, 建華 Kin Wah, 錦輝 Kam Fai, 大文 Tai Man, 永康 Wing Hong"),
    *_given(Era.MID, "F", "嘉欣 Ka Yan, 美玲 Mei Ling, 淑儀 Suk Yee, 慧敏 Wai Man, 詠詩 Wing Sze, 家慧 Ka Wai, "
                          "寶儀 Po Yee"),
    *_given(Era.MID, "M", "志偉 Chi Wai, 家豪 Ka Ho, 俊傑 Chun Kit, 偉強 Wai Keung, 家明 Ka Ming, 大文 Tai Man, "
                          "小明 Siu Ming, 國強 Kwok Keung"),
    *_given(Era.YOUNG, "F", "卓琳 Cheuk Lam, 穎欣 Wing Yan, 凱琳 Hoi Lam, 曉晴 Hiu Ching, 芷晴 Tsz Ching, 樂瑤 Lok Yiu"),
    *_given(Era.YOUNG, "M", "子軒 Tsz Hin, 浩然 Ho Yin, 俊朗 Chun Long, 梓謙 Tsz Him, 卓霖 Cheuk Lam, 天佑 Tin Yau"),
)

# Mainland: Simplified, pinyin written as one word. One-character names are common.
CN_GIVEN: tuple[GivenName, ...] = (
    *_given(Era.OLD, "F", "秀英 Xiuying, 桂英 Guiying, 玉兰 Yulan, 淑珍 Shuzhen, 凤英 Fengying, 秀兰 Xiulan"),
    *_given(Era.OLD, "M", "建国 Jianguo, 国强 Guoqiang, 建华 Jianhua, 德明 Deming, 志刚 Zhigang, 永明 Yongming"),
    *_given(Era.MID, "F", "丽娟 Lijuan, 海燕 Haiyan, 静 Jing, 敏 Min, 艳 Yan, 芳 Fang, 娜 Na, 丽 Li, 晓红 Xiaohong"),
    *_given(Era.MID, "M", "伟 Wei, 磊 Lei, 勇 Yong, 洋 Yang, 华 Hua, 志强 Zhiqiang, 晓明 Xiaoming, 建华 Jianhua, "
                          "军 Jun, 涛 Tao, 斌 Bin"),
    *_given(Era.YOUNG, "F", "子涵 Zihan, 欣怡 Xinyi, 雨桐 Yutong, 诗涵 Shihan, 一诺 Yinuo, 梓萱 Zixuan, 思彤 Sitong"),
    *_given(Era.YOUNG, "M", "浩宇 Haoyu, 梓轩 Zixuan, 宇轩 Yuxuan, 俊杰 Junjie, 子豪 Zihao, 浩然 Haoran, 博文 Bowen"),
)

# English first names, by generation.
EN_FIRST: tuple[GivenName, ...] = tuple(
    GivenName(name, name, sex, era)
    for era, sex, names in (
        (Era.OLD, "F", "Mary Patricia Linda Barbara Margaret Dorothy Nancy Carol Susan"),
        (Era.OLD, "M", "Robert James John William Richard Charles George Donald Thomas"),
        (Era.MID, "F", "Jennifer Jessica Sarah Elizabeth Karen Michelle Emily Ann Amanda Melissa Laura"),
        (Era.MID, "M", "Michael David Christopher Matthew Daniel Jason Brian Kevin Andrew Joseph Steven"),
        (Era.YOUNG, "F", "Olivia Emma Sophia Ava Isabella Mia Chloe Grace Hannah Abigail"),
        (Era.YOUNG, "M", "Noah Liam Ethan Jacob Mason Lucas Logan Owen Benjamin Alexander"),
    )
    for name in names.split()
)

# English surnames with rough weights (per 10,000).
EN_SURNAMES: tuple[tuple[str, int], ...] = (
    ("Smith", 83), ("Johnson", 65), ("Williams", 55), ("Brown", 49), ("Jones", 48), ("Garcia", 40),
    ("Miller", 38), ("Davis", 37), ("Rodriguez", 34), ("Martinez", 33), ("Hernandez", 30), ("Lopez", 27),
    ("Wilson", 25), ("Anderson", 25), ("Thomas", 24), ("Taylor", 24), ("Moore", 22), ("Jackson", 22),
    ("Martin", 21), ("Lee", 21), ("Thompson", 20), ("White", 20), ("Harris", 18), ("Clark", 17),
    ("Lewis", 16), ("Robinson", 16), ("Walker", 16), ("Young", 15), ("Allen", 15), ("King", 15),
    ("Wright", 15), ("Scott", 14), ("Nguyen", 14), ("Hill", 14), ("Green", 13), ("Adams", 13),
    ("Baker", 13), ("Nelson", 12), ("Carter", 12), ("Mitchell", 12), ("Roberts", 11), ("Campbell", 11),
)

# English names Hong Kong people often use beside their Chinese one ("Peter Chan Tai Man").
HK_ENGLISH_NAMES: dict[str, tuple[str, ...]] = {
    "F": ("Mary", "Carmen", "Winnie", "Karen", "Cindy", "Vivian", "Joyce", "Fiona", "Chloe", "Hailey", "Queenie"),
    "M": ("Peter", "David", "Michael", "Kenneth", "Raymond", "Eric", "Tony", "Jason", "Alan", "Ryan", "Wilson"),
}
