"""What issue 16 fixed on the digest pages: confirmations, regions named in the reader's
language and offered as choices, the call page's facts and explanations."""

from __future__ import annotations

import yaml
from starlette.testclient import TestClient

from tests.factories import web_call_id
from tests.web_client import csrf_of, sign_in


def test_each_action_says_it_was_done(web_site, smtp):
    with TestClient(web_site.app()) as client:
        sign_in(client, smtp, "alice@a.example")
        assert "Vous êtes connecté·e." in client.get("/?notice=signed-in").text
        target = web_call_id("urgent")

        saved = client.post(
            f"/calls/{target}/mark", data={"mark": "following", "csrf": csrf_of(client)}
        )
        assert saved.url.query == b"saved=mark" or "saved=mark" in str(saved.url)
        assert '<p class="notice" role="status">Votre position est enregistrée' in saved.text
        private = client.post(
            f"/calls/{target}/mark",
            data={"mark": "applying", "private": "1", "csrf": csrf_of(client)},
        )
        assert "Votre position est enregistrée : seule votre organisation la voit." in private.text
        removed = client.post(f"/calls/{target}/mark", data={"mark": "", "csrf": csrf_of(client)})
        assert "Votre position est retirée." in removed.text
        note = client.post(f"/calls/{target}/note", data={"text": "Tip", "csrf": csrf_of(client)})
        assert '<p class="notice" role="status">La note est enregistrée.</p>' in note.text
        outcome = client.post(
            f"/calls/{target}/outcome", data={"outcome": "submitted", "csrf": csrf_of(client)}
        )
        assert "Le résultat est enregistré." in outcome.text

        out = client.post("/signout", data={"csrf": csrf_of(client)})
        assert "Vous êtes déconnecté·e." in out.text


def test_regions_are_named_in_the_readers_language(web_site):
    with TestClient(web_site.app()) as client:
        nl = client.get("/?lang=nl").text
        fr = client.get("/?lang=fr").text
    assert '<option value="brussels">Brussel</option>' in nl
    assert '<option value="brussels">Bruxelles</option>' in fr
    assert "<span>Brussel</span>" in nl  # on the cards too
    with TestClient(web_site.app()) as client:
        # a region chosen in any language finds the calls stored with the French spelling
        counts = {
            region: client.get(f"/?region={region}").text.count('<li class="card')
            for region in ("brussels", "Bruxelles", "Brussel", "Brussels")
        }
    assert len(set(counts.values())) == 1 and counts["brussels"] > 0, counts


def test_the_filters_offer_regions_as_choices_and_save_them(web_site, smtp):
    members = web_site.config_dir / "members.yaml"
    with TestClient(web_site.app()) as client:
        sign_in(client, smtp, "bob@b.example")
        page = client.get("/filters?lang=nl").text
        assert 'type="checkbox" name="regions" value="brussels"> Brussel' in page
        assert "> Frans</label>" in page  # languages named, not "FR"
        client.post(
            "/filters",
            data={
                "csrf": csrf_of(client),
                "sub": "mentorat",
                "regions": ["brussels", "flanders", "nowhere"],
                "topics": "mentoring",
                "relevant_only": "1",
                "action": "save",
            },
        )
    saved = yaml.safe_load(members.read_text())
    bob = next(m for m in saved["members"] if m["id"] == "asbl-b")
    assert bob["subscriptions"][0]["filters"]["regions"] == ["brussels", "flanders"]


def test_the_call_page_states_the_facts_and_why_in_sentences(web_site):
    with TestClient(web_site.app()) as client:
        page = client.get(f"/calls/{web_call_id('mentoring')}?lang=fr").text
        nl = client.get(f"/calls/{web_call_id('mentoring')}?lang=nl").text
    assert "Financement aux résultats" in page and "Cofinancement" in page
    assert "<li>Signalé pour le mentorat : « mentorat » dans le texte.</li>" in page
    assert "<li>Gesignaleerd voor mentoring: ‘mentorat’ in de tekst.</li>" in nl
