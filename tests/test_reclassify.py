"""`veille reclassify`: stored verdicts follow a changed vocabulary."""

import subprocess
import sys
from datetime import datetime
from pathlib import Path

from veille.domain.call import BRUSSELS
from veille.domain.classify import Classifier, Vocabulary
from veille.domain.normalize import normalize
from veille.domain.raw_call import RawCall
from veille.storage import CallStore, open_database

NOW = datetime(2026, 11, 27, 9, 0, tzinfo=BRUSSELS)


def test_reclassify_applies_the_current_vocabulary_once(tmp_path):
    raw = RawCall(
        source="cocof",
        url="https://ccf.brussels/aap-mentorat/",
        lang="fr",
        title="Appel à projets : mentorat de jeunes chercheurs d'emploi",
        summary="Dépôt des candidatures au plus tard le 15 janvier 2027.",
    )
    database = tmp_path / "data" / "veille.db"
    store = CallStore(open_database(database))
    store.upsert_call(
        normalize(raw, Classifier(Vocabulary()), NOW), NOW
    )  # stored with no vocabulary
    assert not store.open_calls(NOW)

    veille = [str(Path(sys.executable).parent / "veille"), "reclassify", "--data-dir"]
    first = subprocess.run([*veille, str(tmp_path / "data")], capture_output=True, text=True)
    again = subprocess.run([*veille, str(tmp_path / "data")], capture_output=True, text=True)

    assert first.stdout.startswith("1 appel est classé autrement désormais, sur 1"), first.stderr
    assert again.stdout.startswith("0 appel est classé autrement")  # French: 0 is singular
    [call] = CallStore(open_database(database)).open_calls(NOW)
    assert "mentoring" in call.topics
    assert any(match["term"] == "mentorat" for match in call.matches)
