"""Fictional but realistic people for the demo centre (never real detainees).

Khmer names are written in Khmer script with the usual romanisation, and about one
person in ten carries a variant spelling ("Sokh" for "Sok"), as transfer lists do, so
search and duplicate detection are exercised on the demo data.
"""

from __future__ import annotations

FAMILY_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("សុខ", "Sok", ("Sokh",)),
    ("ចាន់", "Chan", ("Chann",)),
    ("ហេង", "Heng", ()),
    ("លី", "Ly", ("Lee",)),
    ("គឹម", "Kim", ("Khim",)),
    ("ស៊ុន", "Sun", ("Soun",)),
    ("ជា", "Chea", ()),
    ("ឈុន", "Chhun", ("Chun",)),
    ("ម៉ៅ", "Mao", ()),
    ("ទូច", "Touch", ("Toch",)),
    ("ប៊ុន", "Bun", ("Boun",)),
    ("ស៊ឹម", "Sim", ()),
    ("ពៅ", "Pov", ()),
    ("ខៀវ", "Khiev", ("Kheav",)),
    ("អ៊ុំ", "Um", ("Oum",)),
    ("នួន", "Nuon", ()),
    ("យិន", "Yin", ()),
    ("កែវ", "Keo", ("Kaev",)),
    ("សៀង", "Seang", ()),
    ("ព្រំ", "Prum", ("Prom",)),
    ("តាំង", "Taing", ()),
    ("ញឹម", "Nhem", ()),
    ("ឌី", "Dy", ("Di",)),
    ("សំ", "Sam", ()),
    ("អ៊ុក", "Ouk", ("Uk",)),
    ("ម៉ម", "Mom", ()),
    ("ឃុន", "Khun", ("Kun",)),
    ("ផាន", "Phan", ()),
)

MALE_GIVEN_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("សុខា", "Sokha", ()),
    ("ដារ៉ា", "Dara", ()),
    ("វណ្ណៈ", "Vannak", ("Vanak",)),
    ("ពិសិដ្ឋ", "Piseth", ("Pisith",)),
    ("សុផល", "Sophal", ()),
    ("វិចិត្រ", "Vichet", ("Vichith",)),
    ("សំណាង", "Samnang", ()),
    ("ចំរើន", "Chamroeun", ("Chamroen",)),
    ("វុទ្ធី", "Vuthy", ("Wuthy",)),
    ("រិទ្ធី", "Rithy", ()),
    ("បូរ៉ា", "Bora", ()),
    ("ចន្ធី", "Chanthy", ()),
    ("សារ៉ុន", "Saron", ()),
    ("សុវណ្ណ", "Sovann", ("Sovan",)),
    ("មករា", "Makara", ()),
    ("ពិសាល", "Pisal", ()),
    ("វាសនា", "Veasna", ()),
    ("ធារ៉ា", "Theara", ()),
    ("សុភ័ក្ត្រ", "Sopheak", ()),
    ("រដ្ឋា", "Rotha", ()),
    ("សម្បត្តិ", "Sambath", ()),
    ("ប៊ុនថន", "Bunthan", ("Bunthorn",)),
)

FEMALE_GIVEN_NAMES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("ស្រីពៅ", "Sreypov", ("Srey Pov",)),
    ("ធីតា", "Thida", ()),
    ("សុភា", "Sophea", ()),
    ("ចន្ទា", "Chanda", ("Channda",)),
    ("បុប្ផា", "Bopha", ()),
    ("រតនា", "Ratana", ("Rattana",)),
    ("ស្រីនិច", "Sreynich", ()),
    ("កញ្ញា", "Kanha", ()),
    ("ម៉ាលី", "Maly", ()),
    ("ស្រីមុំ", "Sreymom", ()),
    ("ដាលីន", "Dalin", ()),
    ("សុគន្ធា", "Sokunthea", ()),
    ("ណារី", "Neary", ()),
    ("ស្រីល័ក្ខ", "Sreyleak", ()),
)

PRISONS: tuple[tuple[str, str], ...] = (
    ("Correctional Centre 1 (CC1)", "CC1"),
    ("Correctional Centre 2 (CC2)", "CC2"),
    ("Phnom Penh Municipal Prison", "PJ"),
    ("Kampong Cham Provincial Prison", "KCM"),
    ("Battambang Provincial Prison", "BTB"),
    ("Siem Reap Provincial Prison", "SRP"),
    ("Kandal Provincial Prison", "KDL"),
    ("Takeo Provincial Prison", "TKO"),
    ("Prey Veng Provincial Prison", "PVG"),
    ("Svay Rieng Provincial Prison", "SVR"),
    ("Banteay Meanchey Provincial Prison", "BMC"),
    ("Kampong Speu Provincial Prison", "KSP"),
)

ESCORTS: tuple[str, ...] = (
    "Prison police, 2 officers",
    "Provincial police escort",
    "GDP transfer team",
    "Military police, 3 officers",
)

KIN_RELATIONS: tuple[str, ...] = (
    "mother", "father", "wife", "husband", "brother", "sister", "uncle", "aunt",
)

BELONGINGS: tuple[tuple[str, tuple[int, ...], tuple[str, ...]], ...] = (
    ("ទូរស័ព្ទដៃ · mobile phone", (1,),
     ("បិទ · switched off", "អេក្រង់បែក · cracked screen", "ល្អ · good")),
    ("នាឡិកាដៃ · wristwatch", (1,), ("ចាស់ · worn", "ល្អ · good")),
    ("កាបូបលុយ · wallet", (1,), ("ចាស់ · worn", "ទទេ · empty")),
    ("ប្រាក់ ២០ ០០០ រៀល · cash, 20,000 riel", (1,), ("រាប់រួច · counted",)),
    ("អាវយឺត · T-shirt", (1, 2, 3), ("ល្អ · good", "ចាស់ · worn", "រហែក · torn")),
    ("ខោខូវប៊យ · jeans", (1, 2), ("ចាស់ · worn", "ប្រឡាក់ · stained")),
    ("ស្បែកជើងផ្ទាត់ · flip-flops, pair", (1,), ("ចាស់ · worn",)),
    ("ខ្សែក្រវ៉ាត់ · belt", (1,), ("ល្អ · good", "")),
    ("កូនសោម៉ូតូ · motorbike key", (1, 2), ("",)),
    ("ក្រមា · krama", (1,), ("ចាស់ · worn", "")),
    ("ចិញ្ចៀន · ring", (1,), ("ពណ៌មាស · gold-coloured",)),
    ("ដែកកេះ · lighter", (1,), ("",)),
    ("អត្តសញ្ញាណប័ណ្ណ · national ID card", (1,), ("",)),
    ("វ៉ែនតា · glasses", (1,), ("ល្អ · good", "កញ្ចក់បែក · cracked lens")),
)
"""What detainees hand in at the intake desk: (item, likely quantities, likely
conditions), Khmer and English as a clerk writes them."""
