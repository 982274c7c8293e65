"""Fictional sample records for the printed documents, and a script that renders them.

Used by the tests, the demo and the benchmarks. Everyone here is invented.

    python -m rehabdesk.printing.samples docs/forms        # PDFs + page PNGs (pdftoppm)
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from rehabdesk.domain.programmes import AttendanceRate
from rehabdesk.domain.records import (
    Address,
    BirthDate,
    CentreDetails,
    DatePrecision,
    EpisodeDetails,
    NextOfKin,
    PersonDetails,
    Sex,
)

if TYPE_CHECKING:
    from rehabdesk.domain.budget import Budget
    from rehabdesk.domain.hq_statistics import NationalStatistics
    from rehabdesk.domain.reports import MonthlyReport
    from rehabdesk.printing.documents.certificate import CertificateDetails
    from rehabdesk.printing.documents.court_letter import CourtLetterSheet
    from rehabdesk.printing.documents.decision import DecisionLetter
    from rehabdesk.printing.documents.discharge import DischargeDetails
    from rehabdesk.printing.documents.grievance_receipt import GrievancePaper
    from rehabdesk.printing.documents.import_report import ImportReportLine
    from rehabdesk.printing.documents.incident_report import IncidentPaper
    from rehabdesk.printing.documents.pay_statement import PayStatementSheet
    from rehabdesk.printing.documents.release_certificate import ReleasePaper
    from rehabdesk.printing.documents.rights_sheet import RightsSheet
    from rehabdesk.printing.documents.roll_call import RollCallSheet
    from rehabdesk.printing.documents.screening import ScreeningResults
    from rehabdesk.printing.documents.work_consent import WorkTerms
    from rehabdesk.printing.documents.work_register import WorkRegisterSheet

__all__ = [
    "BELONGINGS",
    "CENTRE",
    "CLERK",
    "EPISODE",
    "PERSON",
    "PRINTED_BY",
    "PRINTED_ON",
    "render_all",
    "sample_certificate",
    "sample_decision",
    "sample_discharge",
    "sample_grievance",
    "sample_incident",
    "sample_pay_statement",
    "sample_photo",
    "sample_release",
    "sample_released_episode",
    "sample_rights_sheet",
    "sample_roll_call",
    "sample_screening",
    "sample_work_register",
    "sample_work_terms",
]

PRINTED_ON = dt.date(2026, 3, 12)
PRINTED_BY = "កែវ សុភា · KEO Sophea"
CLERK = "ស៊ុន ស្រីពៅ · SUN Sreypov"
"""Who registered the sample arrival (the intake clerk who signs its form)."""

CENTRE = CentreDetails(
    uid="5b0e6f7c-2f0d-4a55-9a71-0c8f1d2e3a44",
    code="KPC",
    name_km="មណ្ឌលអប់រំ និងកែប្រែ អ្នកប្រើប្រាស់គ្រឿងញៀន ខេត្តកំពង់ចាម",
    name_en="Kampong Cham Drug Education and Correction Centre",
    province_code="03",
    capacity=400,
)

EPISODE = EpisodeDetails(
    uid="9d41c8a2-7b3e-4f10-8c65-2e7a9b0c1d35",
    case_number="KPC-2026-000123",
    arrival_date=dt.date(2026, 3, 12),
    transferred_from="ពន្ធនាគារខេត្តកំពង់ចាម · Kampong Cham Provincial Prison",
    transfer_document="០៣៤៧/២៦ · 0347/26",
    escort="ហេង វិចិត្រ · HENG Vichet",
)

PERSON = PersonDetails(
    uid="3f6c2a1e-58d4-4b7a-a0e2-6c1d9f8b7a21",
    khmer_name="សុខ ចាន់ថា",
    latin_name="SOK Chantha",
    sex=Sex.MALE,
    birth=BirthDate(dt.date(1994, 7, 1), DatePrecision.YEAR),
    national_id="030512874",
    origin_prison="ពន្ធនាគារខេត្តកំពង់ចាម · Kampong Cham Provincial Prison",
    inmate_number="KC-2025-0481",
    address=Address("03", "0302", "030201", "03020103"),
    next_of_kin=NextOfKin("សុខ ស្រីមុំ · SOK Sreymom", "ម្ដាយ · mother", "012 345 678"),
    has_photo=True,
    episodes=(EPISODE,),
)

BELONGINGS: tuple[tuple[str, object, str], ...] = (
    ("នាឡិកាដៃ · Wristwatch", 1, "ចាស់ · worn"),
    ("ទូរស័ព្ទដៃ · Mobile phone (Nokia, black)", 1, "បិទ · switched off"),
    ("ប្រាក់រៀល · Cash (riel)", "40 000 ៛", "រាប់រួច · counted"),
    ("អាវយឺត · T-shirt", 2, "ល្អ · good"),
    ("កាបូបលុយ · Wallet", 1, "ល្អ · good"),
)


def sample_photo() -> bytes:
    """A neutral drawn head-and-shoulders silhouette (PNG), standing in for a photo."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (350, 450), (214, 222, 230))
    draw = ImageDraw.Draw(image)
    draw.ellipse((105, 70, 245, 240), fill=(120, 130, 142))
    draw.ellipse((45, 250, 305, 520), fill=(120, 130, 142))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def sample_screening() -> ScreeningResults:
    """A complete screening: meth use at high risk, tobacco, a little alcohol."""
    from rehabdesk.domain import screening as scr
    from rehabdesk.printing.documents.screening import ScreeningResults

    scores = scr.score_assist(
        {
            "tobacco": {
                "q1": "yes",
                "q2": "daily",
                "q3": "daily",
                "q4": "never",
                "q6": "never",
                "q7": "past_3_months",
            },
            "alcohol": {
                "q1": "yes",
                "q2": "monthly",
                "q3": "once_or_twice",
                "q4": "never",
                "q5": "never",
                "q6": "never",
                "q7": "never",
            },
            "cannabis": {"q1": "yes", "q2": "never", "q6": "never", "q7": "never"},
            "amphetamines": {
                "q1": "yes",
                "q2": "daily",
                "q3": "daily",
                "q4": "weekly",
                "q5": "weekly",
                "q6": "past_3_months",
                "q7": "past_3_months",
            },
            "opioids": {"q1": "no"},
        }
    )
    results = dict.fromkeys(scr.URINE_PANEL, scr.UrineResult.NEGATIVE)
    results[scr.Analyte.METHAMPHETAMINE] = scr.UrineResult.POSITIVE
    results[scr.Analyte.AMPHETAMINE] = scr.UrineResult.POSITIVE
    results[scr.Analyte.KETAMINE] = scr.UrineResult.INVALID
    return ScreeningResults(
        screened_on=dt.date(2026, 3, 12),
        screened_by="ឈឹម សុវណ្ណ · CHHIM Sovann",
        assist=scr.summarise_assist(scores, "before_3_months"),
        dast10=scr.score_dast10([True, True, False, False, True, True, False, True, True, False]),
        audit=scr.score_audit([2, 1, 1, 0, 0, 0, 1, 0, 0, 2]),
        urine=scr.UrineTest(
            date=dt.date(2026, 3, 12),
            kit="Multi-drug 8-panel cassette",
            lot_number="MD8-2511-0427",
            read_by="ឈឹម សុវណ្ណ · CHHIM Sovann",
            results=results,
        ),
        health=scr.HealthScreen(
            withdrawal_risk=scr.WithdrawalRisk.MODERATE,
            chronic_conditions="សម្ពាធឈាមខ្ពស់ · high blood pressure",
            fit_for_residential=True,
            fit_for_manual_work=True,
        ),
    )


def _import_lines() -> list[ImportReportLine]:
    from rehabdesk.printing.documents.import_report import ImportReportLine

    return [
        ImportReportLine(2, "SOK Chantha · សុខ ចាន់ថា", "KPC-2026-000123"),
        ImportReportLine(3, "CHEA Sovann · ជា សុវណ្ណ", "KPC-2026-000124"),
        ImportReportLine(4, "HEM Vuthy", None, 'The sex "X" is not M or F; write M, F, male, '
                         "female, ប្រុស or ស្រី."),
        ImportReportLine(5, "YIN Veasna · យិន វាសនា", "KPC-2026-000125"),
        ImportReportLine(6, "TEP Davy", None, "The arrival date is in the future; enter today's "
                         "date or earlier."),
    ]


def _documents() -> dict[str, Callable[[], bytes]]:
    from rehabdesk.printing.documents import consent, import_report, intake

    docs: dict[str, Callable[[], bytes]] = {
        "intake-filled": lambda: intake.render_intake_form(
            PERSON,
            EPISODE,
            CENTRE,
            PRINTED_BY,
            PRINTED_ON,
            photo=sample_photo(),
            belongings=BELONGINGS,
            clerk=CLERK,
        ),
        "intake-blank": lambda: intake.render_blank_intake_form(CENTRE, PRINTED_BY, PRINTED_ON),
        "consent": lambda: consent.render_consent_form(
            PERSON, EPISODE, CENTRE, PRINTED_BY, PRINTED_ON
        ),
    }
    from rehabdesk.printing.documents import screening

    docs["screening-summary"] = lambda: screening.render_screening_summary(
        PERSON, EPISODE, sample_screening(), CENTRE, PRINTED_BY, PRINTED_ON
    )
    docs["import-report"] = lambda: import_report.render_import_report(
        "prey-sar-2026-03-12.xlsx", _import_lines(), CENTRE, PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import discharge, roll_call

    docs["roll-call"] = lambda: roll_call.render_roll_call(
        sample_roll_call(), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["discharge-summary"] = lambda: discharge.render_discharge_summary(
        PERSON, EPISODE, sample_discharge(), CENTRE, PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import decision

    docs["decision"] = lambda: decision.render_decision_letter(
        PERSON, EPISODE, sample_decision(), CENTRE, PRINTED_BY, PRINTED_ON)
    from rehabdesk.domain.audit_chain import ChainHead
    from rehabdesk.printing.documents import recovery_sheet

    # A made-up key and chain head: the sheet as printed when a centre is set up.
    docs["recovery-sheet"] = lambda: recovery_sheet.render_recovery_sheet(
        CENTRE, SAMPLE_RECOVERY_KEY, "centre.sqlite3", PRINTED_BY, PRINTED_ON,
        ChainHead(1284, 1284, "9f2c4e1a7b3d5f60" * 4))
    from rehabdesk.printing.documents import hq_recovery_sheet
    from rehabdesk.printing.kit.page import HEADQUARTERS, PrintContext
    from rehabdesk.printing.registry import HqRecoverySheetRequest, render_document

    # The same made-up key: headquarters' sheet as printed at `hq init`.
    hq_sheet = HqRecoverySheetRequest(
        PrintContext(HEADQUARTERS, PRINTED_BY, PRINTED_ON),
        hq_recovery_sheet.HqRecoverySheet(
            SAMPLE_RECOVERY_KEY, "postgresql://hq@db.nacd.gov.kh/rehabdesk_hq",
            "40213 09876 51234 11223 60001 23456 34567 45678"))
    docs["hq-recovery-sheet"] = lambda: render_document("hq-recovery-sheet", hq_sheet)
    from rehabdesk.printing.documents import (
        certificate,
        pay_statement,
        work_consent,
        work_register,
    )

    docs["work-register"] = lambda: work_register.render_work_register(
        sample_work_register(), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["pay-statement"] = lambda: pay_statement.render_pay_statement(
        PERSON, EPISODE, sample_pay_statement(), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["certificate"] = lambda: certificate.render_certificate(
        sample_certificate(), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["certificate-copy"] = lambda: certificate.render_certificate(
        sample_certificate(copy=1), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["work-consent"] = lambda: work_consent.render_work_consent(
        PERSON, EPISODE, sample_work_terms(), CENTRE, PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import handover, release_certificate

    docs["release-certificate"] = lambda: release_certificate.render_release_certificate(
        PERSON, sample_released_episode(), sample_release(), CENTRE, PRINTED_BY, RELEASED_ON)
    docs["handover-sheet"] = lambda: handover.render_handover_sheet(
        PERSON, sample_released_episode(), sample_release(), CENTRE, PRINTED_BY, RELEASED_ON)
    from rehabdesk.printing.documents import court_letter

    docs["court-letter"] = lambda: court_letter.render_court_letter(
        sample_court_letter(), CENTRE, PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import grievance_receipt, incident_report, rights_sheet

    docs["rights-sheet"] = lambda: rights_sheet.render_rights_sheet(
        PERSON, EPISODE, sample_rights_sheet(), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["grievance-receipt"] = lambda: grievance_receipt.render_grievance_receipt(
        sample_grievance(), CENTRE, PRINTED_BY, PRINTED_ON)
    docs["incident-report"] = lambda: incident_report.render_incident_report(
        sample_incident(), CENTRE, PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import monthly_report

    docs["monthly-report"] = lambda: monthly_report.render_monthly_report(
        sample_monthly_report(), PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import budget_request

    docs["budget-request"] = lambda: budget_request.render_budget_request(
        sample_budget(), PRINTED_BY, PRINTED_ON)
    from rehabdesk.printing.documents import national_statistics

    docs["national-statistics"] = lambda: national_statistics.render_national_statistics(
        sample_national_statistics(), PRINTED_BY, PRINTED_ON)
    return docs


def sample_budget() -> Budget:
    """2025's costs at the sample centre and the request for 2026: a few staff roles,
    food by the person-day, running costs and a dormitory written off over 25 years."""
    from rehabdesk.domain.budget import (
        Assumptions,
        Budget,
        CostCategory,
        CostItem,
        figures,
        project,
    )

    c = CostCategory
    items = (CostItem(c.STAFF, "Counsellors", 6, 1_400_000),
             CostItem(c.STAFF, "Guards", 10, 1_100_000),
             CostItem(c.FOOD, "Rice, vegetables and fish", 1, 6_000),
             CostItem(c.MEDICINES, "Medicines and test kits", 1, 38_000_000),
             CostItem(c.UTILITIES, "Electricity and water", 1, 36_000_000),
             CostItem(c.BUILDINGS, "Dormitory block B", 1, 480_000_000, 25))
    return Budget(CENTRE, 2025, dt.date(2025, 12, 31), items,
                  figures(items, person_days=27_400, completed=96, reached_6_months=41),
                  ((2023, 310), (2024, 334), (2025, 352)), True,
                  project(items, 352, Assumptions(6.6, 3.0, 80, 80)))


def sample_monthly_report() -> MonthlyReport:
    """February 2026 at the sample centre: a handful of figures in each table, the case
    numbers made up, and a dormitory filling up during the month."""
    from rehabdesk.domain.audit_chain import ChainHead
    from rehabdesk.domain.reports import LABELS, Line, MonthlyReport, ReportMonth, Table

    def cases(count: int, start: int = 100) -> tuple[str, ...]:
        return tuple(f"KPC-2026-{start + i:06d}" for i in range(count))

    first, last = dt.date(2026, 2, 1), dt.date(2026, 2, 28)
    tables = (
        Table("admissions", (Line(*LABELS["new"], cases(14)),
                             Line(*LABELS["readmission"], cases(3, 200)))),
        Table("prisons", (Line("Kampong Cham Provincial Prison",
                               "Kampong Cham Provincial Prison", cases(11)),
                          Line("Correctional Centre 1 (CC1)", "Correctional Centre 1 (CC1)",
                               cases(6, 200)))),
        Table("eligibility", (Line("eligible", "មានលក្ខណៈសម្បត្តិ", cases(38)),
                              Line("pending", "កំពុងរង់ចាំ", cases(52, 300)),
                              Line("ineligible", "គ្មានលក្ខណៈសម្បត្តិ", cases(9, 400)))),
        Table("releases", (Line("programme completed", "បានបញ្ចប់កម្មវិធី", cases(7)),
                           Line("returned to prison or court",
                                "បានត្រឡប់ទៅពន្ធនាគារ ឬតុលាការវិញ", cases(2, 500)))),
        Table("work_hours", (Line("Sewing", "ការដេរសម្លៀកបំពាក់", cases(12), 846.5),)),
    )
    occupied = tuple((first + dt.timedelta(days=d), 70 + d // 3) for d in range(28))
    return MonthlyReport(CENTRE, ReportMonth(first, last), last, tables, occupied, 80,
                         ChainHead(48_210, 48_210, "3b9e07c41d5a26f8" * 4))


def sample_national_statistics() -> NationalStatistics:
    """2026 at three centres, made-up counts varied enough that some cells are
    suppressed and some tables are empty."""
    import dataclasses
    import random

    from rehabdesk.domain.hq_statistics import (
        SEXES,
        TOPICS,
        Count,
        age_codes,
        tables_of,
    )

    shuffle = random.Random(18)
    centres = ("BTB", "KPC", "SRP")
    counts = [
        Count(topic.key, centre, month, sex, age, category, shuffle.randint(0, 3))
        for topic in TOPICS  # no certificates: an empty table says so
        if topic.key not in ("certificates", "completed")
        for centre in centres for month in range(1, 13) for sex in SEXES
        for age in age_codes() for category in (topic.categories or ("",))
        if shuffle.random() < (0.15 if topic.categories else 0.3)]
    counts += [dataclasses.replace(c, topic="completed", n=c.n // 2) for c in counts
               if c.topic == "releases"]  # a part of the releases
    return tables_of(2026, dt.date(2026, 11, 30), centres, counts)


def sample_court_letter(people: int = 12) -> CourtLetterSheet:
    """The request letter to the Kampong Cham court: people pre-trial and appeal pending,
    a few whom a treatment order alone would make eligible, two asked about a second time."""
    from rehabdesk.printing.documents.court_letter import CourtLetterLine, CourtLetterSheet

    names = (("សុខ ដារ៉ា", "Sok Dara"), ("ចាន់ វុទ្ធី", "Chan Vuthy"), ("កែវ សីណា", "Keo Sina"),
             ("ហេង រិទ្ធ", "Heng Rith"), ("លី មុន្នី", "Ly Mony"), ("សៅ ពិសិដ្ឋ", "Sao Piseth"))
    lines = [CourtLetterLine(
        f"KPC-2026-{120 + i:06d}", *names[i % len(names)], f"{310 + 7 * i}/2026",
        ("use",) if i % 3 else ("possession", "use"),
        "appeal_pending" if i % 4 == 0 else "pre_trial", 200 - 9 * i, 180 - 9 * i,
        dt.date(2027, 3, 1) + dt.timedelta(days=20 * i) if i % 4 == 0 else None,
        i % 4 == 0, i in (0, 1)) for i in range(people)]
    return CourtLetterSheet(
        "6f1d0c9e-0000-4000-8000-000000000003", "FI-03", "សាលាដំបូងខេត្តកំពង់ចាម",
        "Kampong Cham Provincial Court", "Street 7, Kampong Cham town",
        "Registry of the President, Mr Chea Sophal", "KPC-FI-03-20260312-1", PRINTED_ON,
        "Director Sam Oeun", lines)


RELEASED_ON = dt.date(2026, 9, 14)


def sample_released_episode() -> EpisodeDetails:
    """The sample stay, ended by a release: the belongings handed in at arrival, handed
    back but a belt the centre still holds (the sheet says so)."""
    import dataclasses

    from rehabdesk.domain.records import BelongingDetails

    lines = (("នាឡិកាដៃ · Wristwatch", 1, "ចាស់ · worn", True),
             ("ទូរស័ព្ទដៃ · Mobile phone (Nokia, black)", 1, "បិទ · switched off", True),
             ("អាវយឺត · T-shirt", 2, "ល្អ · good", True),
             ("កាបូបលុយ · Wallet", 1, "ល្អ · good", True),
             ("ខ្សែក្រវាត់ · Belt", 1, "", False))
    belongings = tuple(
        BelongingDetails(item, quantity, condition, uid=f"b{n}",
                         returned_on=RELEASED_ON if back else None)
        for n, (item, quantity, condition, back) in enumerate(lines))
    return dataclasses.replace(EPISODE, belongings=belongings, closed_on=RELEASED_ON)


def sample_release() -> ReleasePaper:
    """Completed the programme, handed over to his mother, going home to the village on
    record, with the savings of six months of motorbike repair."""
    from rehabdesk.printing.documents.release_certificate import ReleasePaper

    return ReleasePaper(
        "0c7e9a51-3d2b-4e8f-9a61-5b4c3d2e1f07", RELEASED_ON, "completed",
        destination=Address("03", "0302", "030201", "03020103"), handed_to_kind="family",
        handed_to_name="សុខ ស្រីមុំ · SOK Sreymom (ម្ដាយ · mother)",
        handed_to_phone="012 345 678", savings_paid_riel=186_300,
        released_by="ហេង ដារា · HENG Dara")


def sample_rights_sheet() -> RightsSheet:
    """A court's treatment order of six months, the centre's 14 days to answer a
    grievance, and two monitors with an account."""
    from rehabdesk.printing.documents.rights_sheet import RightsSheet

    return RightsSheet("treatment_order", PRINTED_ON, dt.date(2026, 9, 11),
                       "ដីកាលេខ ១២៣/២០២៦ · Order 123/2026, Kampong Cham Provincial Court", 14,
                       ("ជា សុភាព · CHEA Sophea (LICADHO)", "OHCHR Cambodia"))


def sample_grievance() -> GrievancePaper:
    """The mother complains that her son has had rice only twice a day for a week."""
    from rehabdesk.printing.documents.grievance_receipt import GrievancePaper

    return GrievancePaper(
        "5b1f0e6c-2a7d-4c3e-8f90-1d2c3b4a5e6f", "G-2026-0014", PRINTED_ON, "family",
        "សុខ ស្រីមុំ · SOK Sreymom (ម្ដាយ · mother)", "food",
        "កូនប្រុសខ្ញុំទទួលបានបាយតែពីរពេលក្នុងមួយថ្ងៃ អស់មួយសប្ដាហ៍មកហើយ។ · My son has had "
        "rice only twice a day for a week.", False, dt.date(2026, 3, 26), EPISODE.case_number,
        PRINTED_BY)


def sample_incident() -> IncidentPaper:
    """A fight in a dormitory ended by restraint: a use of force, with every
    notification it cannot be saved without."""
    from rehabdesk.printing.documents.incident_report import IncidentPaper

    return IncidentPaper(
        "9e8d7c6b-5a4f-4e3d-9c2b-1a0f9e8d7c6b", "I-2026-0003", "use_of_force", PRINTED_ON,
        "អន្តេវាសិកដ្ឋាន ខ · Dormitory B",
        "Two residents fought after the evening meal; two guards separated them and held "
        "one by the arms for about five minutes until he calmed down.",
        ((EPISODE.case_number, PERSON.khmer_name, PERSON.latin_name),
         ("KPC-2026-000131", "ចាន់ វុទ្ធី", "CHAN Vuthy")),
        "មាស សុខា · MEAS Sokha, ពៅ រដ្ឋា · POV Rotha",
        "Bruise on the left forearm; cold compress by the centre nurse.",
        (("family", PRINTED_ON), ("prosecutor", dt.date(2026, 3, 13)),
         ("health_authority", PRINTED_ON), ("headquarters", PRINTED_ON)),
        CLERK)


WORKSHOP_KM = "ជួសជុលម៉ូតូ"
WORKSHOP_EN = "Motorbike repair"
TRAINER = "ហេង សុវណ្ណ · HENG Sovann"
ISSUER = ("មន្ទីរការងារ និងបណ្ដុះបណ្ដាលវិជ្ជាជីវៈខេត្តកំពង់ចាម · Kampong Cham Provincial "
          "Department of Labour and Vocational Training")


def sample_work_terms() -> WorkTerms:
    """Motorbike repair: Monday to Friday, two sessions of 2.5 hours, 1,000 riel an hour,
    30 % saved for release, the guidance's limits."""
    from rehabdesk.domain.vocational import WorkLimits
    from rehabdesk.printing.documents.work_consent import WorkTerms

    return WorkTerms(WORKSHOP_KM, WORKSHOP_EN, "industrial", TRAINER, "12345", 2, 2.5, 24,
                     240.0, ISSUER, "per_hour", 1000, 30, WorkLimits.default())


def sample_work_register(people: int = 18) -> WorkRegisterSheet:
    """A paper day of the motorbike workshop: the sheet printed blank for the trainer, one
    place suspended."""
    from rehabdesk.domain.vocational import WorkLimits
    from rehabdesk.printing.documents.work_register import WorkRegisterLine, WorkRegisterSheet

    names = (("សុខ ដារ៉ា", "Sok Dara"), ("ចាន់ សុភ័ក្ត្រ", "Chan Sopheak"),
             ("គឹម សំណាង", "Kim Samnang"), ("ហេង វិចិត្រ", "Heng Vichet"),
             ("ស្រ៊ុន ពិសិដ្ឋ", "Srun Piseth"), ("ឡុង ច័ន្ទថា", "Long Chanthea"))
    lines = [WorkRegisterLine(f"KPC-2025-{200 + i:06d}", names[i % 6][0], names[i % 6][1],
                              note="ផ្អាក · suspended" if i == 4 else "")
             for i in range(people)]
    return WorkRegisterSheet("6c2d1e0f-0000-4000-8000-0000000b0001", WORKSHOP_KM, WORKSHOP_EN,
                             "industrial", TRAINER, PRINTED_ON, "12345", 2, 2.5, "per_hour",
                             WorkLimits.default(), lines)


def sample_pay_statement() -> PayStatementSheet:
    """February 2026, closed: weekdays of 5 hours at 1,000 riel an hour (30 % saved), a
    sick day, a refusal, and a correction of January paid in February."""
    from rehabdesk.printing.documents.pay_statement import PayLine, PayStatementSheet

    lines = [PayLine(dt.date(2026, 1, 28), WORKSHOP_KM, WORKSHOP_EN, 1.5, None, 1, 0, False,
                     1000, 1500, 450, adjustment=True,
                     reason="1.5 h left off the sheet of 28 Jan (trainer's note)")]
    day = dt.date(2026, 2, 2)
    while day.month == 2:
        if day.isoweekday() <= 5:
            absence = {dt.date(2026, 2, 10): "sick", dt.date(2026, 2, 18): "refused",
                       dt.date(2026, 2, 24): "visit"}.get(day)
            hours = 0.0 if absence else 5.0
            gross = round(hours * 1000)
            lines.append(PayLine(day, WORKSHOP_KM, WORKSHOP_EN, hours, absence,
                                 0 if absence else 2, 0, False, 1000, gross, gross * 30 // 100))
        day += dt.timedelta(days=1)
    return PayStatementSheet("2026-02", True, lines, 78_450, 30)


def sample_certificate(copy: int = 0) -> CertificateDetails:
    from rehabdesk.domain.vocational import CertificateFacts
    from rehabdesk.printing.documents.certificate import CertificateDetails

    facts = CertificateFacts("KPC-VOC-2026-0007", f"{PERSON.khmer_name} ({PERSON.latin_name})",
                             f"{WORKSHOP_KM} ({WORKSHOP_EN})", ISSUER, 240.0, TRAINER,
                             dt.date(2025, 10, 6), PRINTED_ON)
    return CertificateDetails(facts, copy)


SAMPLE_RECOVERY_KEY = "-".join(["K7QF", "M2XD", "R9TB", "W4HN", "C8PL", "Z3VJ", "F6GS", "Y5EA"])
"""Not a key of any database: it only shows how the sheet groups one."""


def sample_roll_call(people: int = 24) -> RollCallSheet:
    """A drug-education session of one dormitory, some marks already taken."""
    from rehabdesk.printing.documents.roll_call import RollCallEntry, RollCallSheet

    names = (("សុខ ដារ៉ា", "Sok Dara"), ("ចាន់ សុភ័ក្ត្រ", "Chan Sopheak"),
             ("គឹម សំណាង", "Kim Samnang"), ("ហេង វិចិត្រ", "Heng Vichet"),
             ("ស្រ៊ុន ពិសិដ្ឋ", "Srun Piseth"), ("ឡុង ច័ន្ទថា", "Long Chanthea"))
    statuses = ("present", "present", "present", "absent", "present", "excused")
    entries = [
        RollCallEntry(f"KPC-2026-{100 + i:06d}", names[i % 6][0], names[i % 6][1],
                      f"A · {i + 1}", statuses[i % 6] if i < 12 else None,
                      {3: "ឈឺ · sick", 5: "សវនាការតុលាការ · court hearing"}.get(i % 6)
                      if i < 12 else None)
        for i in range(people)
    ]
    return RollCallSheet("5b1c2d3e-0000-4000-8000-00000000a11c", "ការអប់រំអំពីគ្រឿងញៀន",
                         "Drug education", PRINTED_ON, "ចាន់ ដារ៉ា · Chan Dara",
                         "កត្តាជំរុញ និងការចង់ប្រើ · triggers and cravings", "Dormitory A",
                         entries)


def sample_discharge() -> DischargeDetails:
    from rehabdesk.printing.documents.discharge import DischargeDetails, DischargeGoal

    return DischargeDetails(
        "កម្មវិធីអប់រំ និងកែប្រែ ស្នាក់នៅ", "Residential drug education and correction",
        "completed", dt.date(2025, 9, 15), PRINTED_ON, "Dormitory A, bed 12",
        AttendanceRate(present=158, absent=10, excused=4), None,
        [DischargeGoal("សុខភាព · health", "ឈប់ប្រើគ្រឿងញៀន · stop using methamphetamine",
                       "achieved", dt.date(2026, 1, 20)),
         DischargeGoal("គ្រួសារ · family", "ទូរស័ព្ទទៅម្ដាយរៀងរាល់សប្ដាហ៍ · call his mother "
                       "every week", "achieved", dt.date(2025, 11, 2)),
         DischargeGoal("ការងារ · work", "បញ្ចប់វគ្គជួសជុលម៉ូតូ · finish the motorbike repair "
                       "course", "open", None)],
        PRINTED_ON, "កែវ សុភា · KEO Sophea",
        "បានចូលរួមវគ្គទាំងអស់ យ៉ាងសកម្ម។ លទ្ធផលតេស្តទឹកនោមអវិជ្ជមាន ចាប់តាំងពីខែតុលា។ "
        "Took part actively in every session; urine tests negative since October.",
        "បន្តការប្រឹក្សាក្រៅមណ្ឌល · continue outpatient counselling at the health centre.",
        "ត្រឡប់ទៅផ្ទះ ភូមិ ស្វាយ ខេត្តកំពង់ចាម · home to Svay village, Kampong Cham; commune "
        "focal person informed; follow-up at 1, 3, 6 and 12 months.",
    )


def sample_decision() -> DecisionLetter:
    """A final verdict for a violent offence that a supervisor overrode: eligible, with
    every rule's reason as the default policy words it."""
    from rehabdesk.domain.eligibility import EligibilityFacts, Policy, evaluate
    from rehabdesk.printing.documents.decision import DecisionLetter

    facts = EligibilityFacts(
        verdict_status="final", assist_risks={"amphetamines": "high", "tobacco": "moderate"},
        urine_positive=True, expected_release=dt.date(2027, 9, 30), violent_conviction=True,
        medically_fit=True, consent_signed=True, age_years=34,
        overrides=frozenset({"VIOLENT_OFFENCE"}),
        override_notes={"VIOLENT_OFFENCE": "(ហេង ដារា · Dara Heng, 2026-03-10: the court's "
                        "assessment finds no violence since 2019)"})
    decision = evaluate(facts, Policy.default(), PRINTED_ON)
    return DecisionLetter(decision.outcome.value, decision.reasons, decision.policy_version,
                          decision.on)


def render_all(
    folder: Path, *, resolution: int = 80, png: bool = True, keep_pdf: bool = False
) -> list[Path]:
    """Render every sample document; write each page as ``<name>.png``, ``<name>-2.png``…

    PDFs are kept beside the PNGs only with ``keep_pdf`` (or when pdftoppm is missing).
    """
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    pdftoppm = shutil.which("pdftoppm") if png else None
    with tempfile.TemporaryDirectory() as tmp:
        for name, render in _documents().items():
            data = render()
            if keep_pdf or not pdftoppm:
                pdf = folder / f"{name}.pdf"
                pdf.write_bytes(data)
                written.append(pdf)
            if not pdftoppm:
                continue
            source = Path(tmp) / f"{name}.pdf"
            source.write_bytes(data)
            subprocess.run(
                [pdftoppm, "-r", str(resolution), "-png", str(source), str(Path(tmp) / name)],
                check=True,
            )
            for old in folder.glob(f"{name}-[0-9]*.png"):
                old.unlink()
            pages = sorted(Path(tmp).glob(f"{name}-*.png"))
            for number, page in enumerate(pages, start=1):
                target = folder / (f"{name}.png" if number == 1 else f"{name}-{number}.png")
                shutil.copyfile(page, target)
                written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0]) if args else Path("docs/forms")
    for path in render_all(folder):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
