"""The analysis queue: stopping on purpose is not a crash, and photos deleted or captioned
while they wait are handled."""

from __future__ import annotations

from pathlib import Path

from fieldreport import media_analysis
from fieldreport.core import Analysed, Session
from fieldreport.storage.analysis_queue import MAX_ATTEMPTS
from tests.media import samples
from tests.media.helpers import analyse_all, run_import


def _waiting_attempts(session: Session) -> list[int]:
    """The attempts counted for the photos still waiting."""
    rows = session._vault.db.execute(
        "SELECT analysis_attempts FROM media WHERE analysis = 'pending'"
    )
    return [r[0] for r in rows]


def test_stopping_the_analysis_many_times_never_flags_a_photo(session: Session, tmp_path: Path):
    for i in range(4):
        samples.write(tmp_path / "DCIM", f"{i}.jpg", samples.jpeg(samples.noise_picture(90 + i)))
    run_import(session, [tmp_path / "DCIM"])

    for _ in range(MAX_ATTEMPTS + 2):  # as an import pausing it, or a lock, again and again
        stopped: list[bool] = []
        for event in session.analyse_media(cancel=lambda: bool(stopped)):  # noqa: B023
            if isinstance(event, Analysed):
                stopped.append(True)  # one photo done, the others in flight
        assert _waiting_attempts(session) == [0] * session.media_waiting_for_analysis()
        if not session.media_waiting_for_analysis():
            break

    analyse_all(session)
    assert {i.analysis for i in session.media()} == {"done"}  # none flagged as damaged


def test_a_photo_deleted_or_captioned_while_it_waits(session: Session, tmp_path: Path):
    samples.write(tmp_path / "DCIM", "a.jpg", samples.jpeg(samples.noise_picture(64, 48)))
    samples.write(tmp_path / "DCIM", "b.jpg", samples.jpeg(exif=samples.exif_block()))
    _, summary = run_import(session, [tmp_path / "DCIM"])
    first, second = summary.stored
    session.delete_media(first.id)
    session.set_caption(second.id, "Roof of house 12")

    analysed = analyse_all(session)

    assert [a.media_id for a in analysed] == [second.id]  # the deleted one is not analysed
    item = session.media_item(second.id)
    assert item.caption == "Roof of house 12" and item.analysis == "done"
    assert [i.id for i in session.media(search="house 12")] == [second.id]
    assert [i.id for i in session.media(search="testmake")] == [second.id]  # EXIF searchable
    assert session.media_item(first.id).deleted
    assert media_analysis.analyse_one(session._vault.media, _queue(session), second.id) is None


def _queue(session: Session):
    from fieldreport.storage.analysis_queue import AnalysisQueue

    return AnalysisQueue(session._vault.db)
