"""The contract commands used to measure quality from outside."""

import json
import subprocess

from tests.factories import VEILLE


def run(command: str, lines: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [VEILLE, command], input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=60
    )


def test_classify_answers_each_line_and_explains():
    done = run(
        "classify",
        [
            json.dumps(
                {
                    "id": "a",
                    "title": "Appel à projets : mentorat de jeunes chercheurs d'emploi",
                    "lang": "fr",
                }
            ),
            json.dumps(
                {"id": "b", "title": "Appel à projets patrimoine et biodiversité", "lang": "fr"}
            ),
        ],
    )

    assert done.returncode == 0, done.stderr
    first, second = (json.loads(line) for line in done.stdout.splitlines())
    assert (first["id"], first["relevant"], second["relevant"]) == ("a", True, False)
    assert "mentoring" in first["topics"]
    title = "Appel à projets : mentorat de jeunes chercheurs d'emploi"
    for match in first["matches"]:
        assert set(match) >= {"term", "topic", "field", "start", "end"}
        assert match["field"] == "title"
        assert 0 <= match["start"] < match["end"] <= len(title)
    assert (first["uncertain"], first["doubts"]) == (False, [])


def test_classify_says_when_a_call_is_to_check():
    done = run(
        "classify",
        [json.dumps({"id": "c", "title": "Appel à projets 2026", "summary": "Pour des chômeurs."})],
    )
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert (answer["relevant"], answer["uncertain"]) == (False, True)
    [doubt] = answer["doubts"]
    assert (doubt["test"], doubt["name"], doubt["needed"]) == ("subject", "insertion", 2.0)
    assert doubt["value"] < 2.0


def test_dates_gives_the_submission_deadline_only():
    done = run(
        "dates",
        [
            json.dumps(
                {
                    "id": "d",
                    "reference_date": "2026-11-16",
                    "lang": "fr",
                    "text": "Séance d'information le 10 décembre. "
                    "Dépôt au plus tard le 29 janvier 2027 à 12h00.",
                }
            )
        ],
    )

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["deadline"] == "2027-01-29"
    assert json.loads(done.stdout)["time"] == "12:00"


def test_malformed_line_is_named_and_others_still_answered():
    done = run(
        "dates",
        [
            json.dumps(
                {"id": "1", "text": "Deadline: 17 September 2027", "reference_date": "2027-01-01"}
            ),
            "{not json",
            json.dumps({"text": "no id"}),
            json.dumps(
                {"id": "4", "text": "uiterlijk op 15 maart 2027", "reference_date": "2027-01-01"}
            ),
        ],
    )

    assert done.returncode == 1
    assert [json.loads(line)["id"] for line in done.stdout.splitlines()] == ["1", "4"]
    assert "line 2:" in done.stderr and "line 3:" in done.stderr


def test_dates_says_the_kind_of_every_answer():
    texts = {
        "deadline": "Clôture le 12 mars 2027 à 16h.",
        "recurring": "Antragsschluss ist jeweils der 31.03. und der 30.09.",
        "permanent": "Applications are accepted on a rolling basis.",
        "none": "De oproep wordt in het voorjaar gelanceerd.",
    }
    done = run(
        "dates",
        [
            json.dumps({"id": kind, "text": text, "reference_date": "2027-01-10"})
            for kind, text in texts.items()
        ],
    )

    assert done.returncode == 0, done.stderr
    answers = [json.loads(line) for line in done.stdout.splitlines()]
    assert answers == [
        {
            "id": "deadline",
            "deadline": "2027-03-12",
            "time": "16:00",
            "permanent": False,
            "kind": "deadline",
        },
        {
            "id": "recurring",
            "deadline": "2027-03-31",
            "time": None,
            "permanent": False,
            "kind": "recurring",
        },
        {"id": "permanent", "deadline": None, "time": None, "permanent": True, "kind": "permanent"},
        {"id": "none", "deadline": None, "time": None, "permanent": False, "kind": "none"},
    ]
