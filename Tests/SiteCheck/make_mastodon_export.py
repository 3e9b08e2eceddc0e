"""Makes a Mastodon account archive for the site check: the bakery's
account on a made-up instance, in the shape of Mastodon's export (outbox.json,
actor.json, media_attachments/), zipped as servers since 2023 send it.

    make_mastodon_export.py OUTPUT.zip

Three public posts (one with a photo and its description, with GPS tags as a
phone writes them; one with a link Mastodon shortens on screen; one under a
content warning), and what must never reach the site: a followers-only
post, a direct message, a boost, a reply to someone else.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = os.path.join(HERE, "..", "..", "site-example", "static", "images")
ACTOR = "https://piaille.example/users/boulangeriemartin"
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"
FOLLOWERS = ACTOR + "/followers"


def note(number, published, content, to, cc, summary=None, attachment=(), tags=(), reply=None):
    status = f"{ACTOR}/statuses/11350000000000000{number}"
    return {
        "id": status + "/activity", "type": "Create", "actor": ACTOR, "published": published, "to": to, "cc": cc,
        "object": {
            "id": status, "type": "Note", "summary": summary, "inReplyTo": reply, "published": published,
            "url": f"https://piaille.example/@boulangeriemartin/11350000000000000{number}", "attributedTo": ACTOR,
            "to": to, "cc": cc, "sensitive": summary is not None, "content": content, "contentMap": {"fr": content},
            "attachment": list(attachment), "tag": list(tags),
        },
    }


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    work = tempfile.mkdtemp()
    try:
        media = "media_attachments/files/113/500/000/000/000/001/original/5f0c1e2d3a4b5c6d.jpg"
        os.makedirs(os.path.dirname(os.path.join(work, media)))
        shutil.copy(os.path.join(IMAGES, "fournil.jpg"), os.path.join(work, media))
        subprocess.run(["exiftool", "-q", "-overwrite_original", "-GPSLatitude=48.1147", "-GPSLatitudeRef=N",
                        "-GPSLongitude=1.6794", "-GPSLongitudeRef=W", "-Make=Apple", "-Model=iPhone 13",
                        os.path.join(work, media)], check=True)
        items = [
            note(1, "2026-10-03T06:45:00Z",
                 '<p>Le fournil à 5 h du matin : les premières baguettes sortent du four. '
                 '<a href="https://piaille.example/tags/fournil" class="mention hashtag" rel="tag">#<span>fournil</span></a></p>',
                 [PUBLIC], [FOLLOWERS],
                 attachment=[{"type": "Document", "mediaType": "image/jpeg", "url": "/system/" + media,
                              "name": "Le fournil éclairé avant l’aube, des baguettes sur les grilles", "width": 960, "height": 720}],
                 tags=[{"type": "Hashtag", "href": "https://piaille.example/tags/fournil", "name": "#fournil"}]),
            note(2, "2026-10-20T16:00:00Z",
                 '<p>Merci à <span class="h-card"><a href="https://piaille.example/@moulin" class="u-url mention">@<span>moulin</span></a></span> '
                 'pour la farine ! Tout sur nos farines : <a href="https://www.boulangerie-martin.fr/nos-pains/pain-au-levain/" rel="nofollow noopener" target="_blank">'
                 '<span class="invisible">https://www.</span><span class="ellipsis">boulangerie-martin.fr/nos-pains</span>'
                 '<span class="invisible">/pain-au-levain/</span></a></p>',
                 [PUBLIC], [FOLLOWERS]),
            note(3, "2026-11-05T11:30:00Z", "<p>La recette du kouign-amann reste un secret de famille 🤫</p>", [PUBLIC], [FOLLOWERS],
                 summary="Recette (ou presque)"),
            note(4, "2026-11-06T09:00:00Z", "<p>Réservé aux abonnés : NE PAS PUBLIER</p>", [FOLLOWERS], []),
            note(5, "2026-11-07T09:00:00Z", "<p>Message privé : NE PAS PUBLIER</p>", ["https://piaille.example/users/moulin"], []),
            note(7, "2026-11-08T09:00:00Z", "<p>Réponse à quelqu’un : NE PAS PUBLIER</p>", [PUBLIC], [FOLLOWERS],
                 reply="https://piaille.example/users/moulin/statuses/42"),
            {"id": ACTOR + "/statuses/113500000000000006/activity", "type": "Announce", "actor": ACTOR,
             "published": "2026-11-07T10:00:00Z", "to": [PUBLIC], "cc": [FOLLOWERS],
             "object": "https://piaille.example/users/moulin/statuses/43"},
        ]
        with open(os.path.join(work, "outbox.json"), "w") as file:
            json.dump({"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
                       "totalItems": len(items), "orderedItems": items}, file, ensure_ascii=False)
        with open(os.path.join(work, "actor.json"), "w") as file:
            json.dump({"id": ACTOR, "type": "Person", "preferredUsername": "boulangeriemartin",
                       "url": "https://piaille.example/@boulangeriemartin", "outbox": "outbox.json"}, file)
        with open(os.path.join(work, "likes.json"), "w") as file:
            json.dump({"orderedItems": ["https://piaille.example/users/moulin/statuses/1"]}, file)
        with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as archive:
            for folder, _, names in sorted(os.walk(work)):
                for name in sorted(names):
                    path = os.path.join(folder, name)
                    archive.write(path, os.path.relpath(path, work))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
