"""The Export page (issue #16, item 7): headquarters' key installed from a file with its
fingerprint shown, what will travel, the data-quality report, an export to a drive with
progress, a Cancel that leaves nothing behind, the bundles made and an acknowledgement."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rehabdesk.exchange import acks, keys
from rehabdesk.services.platform import users
from rehabdesk.services.platform.database import Database
from rehabdesk.ui.export.page import ExportPage
from rehabdesk.ui.kit.operations import Operations
from tests.conftest import save_screenshot
from tests.exchange.exchange_helpers import forget_hq


def _page(qtbot: Any, database: Database, name: str) -> ExportPage:
    with database.unit_of_work() as uow:
        actor = users.actor_named(uow, name)
    page = ExportPage(Operations(database, actor))
    qtbot.addWidget(page)
    page.resize(1180, 760)
    page.show()
    return page


def _column(tree: Any, column: int) -> list[str]:
    return [tree.topLevelItem(i).text(column) for i in range(tree.topLevelItemCount())]


def test_export_from_the_page(qtbot: Any, demo_database: Database, tmp_path: Path) -> None:
    page = _page(qtbot, forget_hq(demo_database), "admin")
    qtbot.waitUntil(lambda: page.overview is not None, timeout=20000)
    assert not page.export_button.isEnabled()  # no headquarters key yet
    assert "not installed" in page.keys_label.text()
    private, public = keys.new_hq_keys()
    hq = keys.read_hq_private(private)
    assert page.install_hq_key(public) == hq.public.fingerprint
    qtbot.waitUntil(lambda: page.export_button.isEnabled(), timeout=20000)
    assert hq.public.fingerprint in page.keys_label.text()
    assert hq.public.words in page.keys_label.text() and hq.public.words in page.status.text()
    assert page.hq_qr.isVisible() and not page.hq_qr.pixmap().isNull()
    assert page.overview is not None and len(page.overview.hq_qr) >= 21  # a QR's modules
    assert _column(page.travel, 0)[0] == "People" and _column(page.travel, 1)[0] == "300"
    assert (_column(page.travel, 0)[-1], _column(page.travel, 1)[-1]) == (
        "Photos", "not sent (a centre setting)")  # issue #16, item 4: off by default
    assert any("no eligibility decision" in text for text in _column(page.quality, 0))

    cancelled = tmp_path / "cancelled"
    cancelled.mkdir()
    page.export_to_drive(cancelled)  # Cancel pressed before the first chunk is sealed
    page.cancel()
    qtbot.waitUntil(lambda: not page.running, timeout=30000)
    assert list(cancelled.iterdir()) == []
    assert "cancelled" in page.status.text()

    drive = tmp_path / "stick"
    drive.mkdir()
    page.export_to_drive(drive)
    assert page.running and page.progress.isVisible()
    qtbot.waitUntil(lambda: not page.running and page.bundles.topLevelItemCount() == 1,
                    timeout=60000)
    assert [p.name for p in drive.iterdir()] == ["KPC-000001.rdxb"]
    assert "written and verified" in page.status.text()
    assert _column(page.bundles, 5) == ["not yet"]
    save_screenshot(page, "export.png")

    with demo_database.unit_of_work() as uow:
        from rehabdesk.services.exchange.acknowledgements import bundles

        [made] = bundles(uow)
        from rehabdesk.db.models_exchange import ExportedBundle

        sha = uow.session.query(ExportedBundle.sha256).scalar()
    centre_key = page.overview.centre_fingerprint if page.overview else None
    assert centre_key is not None and made.sequence == 1
    page.import_acknowledgement(acks.make(hq, acks.Acknowledgement(
        "KPC", centre_key, 1, sha, "2026-12-01")))
    qtbot.waitUntil(lambda: _column(page.bundles, 5) != ["not yet"], timeout=20000)
    assert "up to 1" in page.status.text()


def test_a_clerk_sees_that_exporting_is_not_theirs(qtbot: Any, demo_database: Database) -> None:
    page = _page(qtbot, demo_database, "sokha.chan")
    assert not page.export_button.isEnabled() and not page.trust_button.isEnabled()
    assert "supervisors and administrators" in page.status.text()


def test_the_dashboard_warns_when_headquarters_is_silent(
        qtbot: Any, demo_database: Database, tmp_path: Path) -> None:
    import datetime as dt

    from rehabdesk.services.exchange import export
    from rehabdesk.services.exchange import keys as centre_keys
    from rehabdesk.ui.dashboard.page import DashboardPage

    with demo_database.unit_of_work(write=True) as uow:
        admin = users.actor_named(uow, "admin")
        centre_keys.trust_hq(uow, admin, keys.new_hq_keys()[1])
    export.make_bundle(demo_database, admin, tmp_path)
    today = dt.date(2026, 11, 25)
    with demo_database.unit_of_work(write=True) as uow:  # made 46 days before "today"
        uow.session.connection().exec_driver_sql(
            "UPDATE exchange_bundle SET created_at = '2026-10-10 09:00:00.000000'")
    page = DashboardPage(Operations(demo_database, admin), today=lambda: today)
    qtbot.addWidget(page)
    page.show()
    page.refresh_exchange()
    qtbot.waitUntil(lambda: page.exchange_warning.isVisible(), timeout=20000)
    assert "for 46 days (the centre allows 45)" in page.exchange_warning.text()
    with qtbot.waitSignal(page.open_requested) as opened:
        page.exchange_warning.click()
    assert opened.args == ["export", ""]
    with demo_database.unit_of_work(write=True) as uow:  # 44 days: no warning
        uow.session.connection().exec_driver_sql(
            "UPDATE exchange_bundle SET created_at = '2026-10-12 09:00:00.000000'")
    page.refresh_exchange()
    qtbot.waitUntil(lambda: not page.exchange_warning.isVisible(), timeout=20000)
