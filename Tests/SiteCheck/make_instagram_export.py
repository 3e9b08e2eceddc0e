"""Makes the Instagram export that site-example/'s posts were imported from:
the shape of Instagram's "Download your information" (JSON, 2025 layout),
with made-up content and the photos of site-example/static/images/ given the
GPS position and camera data a phone writes.

    make_instagram_export.py OUTPUT.zip

As a real export, it also holds what must never reach the site: messages,
the owner's e-mail and phone number, the photos' positions. Text is written
the way Meta writes it, each UTF-8 byte as its own \\u00XX escape.

    sitegen import instagram OUTPUT.zip --section publications --site site-example
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = os.path.join(HERE, "..", "..", "site-example", "static", "images")

GPS = ["-GPSLatitude=48.1147", "-GPSLatitudeRef=N", "-GPSLongitude=1.6794", "-GPSLongitudeRef=W"]
CAMERA = ["-Make=Apple", "-Model=iPhone 13", "-Artist=Jean Martin"]

# (Unix time, caption, photos)
POSTS = [
    (1760426400, "Première fournée dans le nouveau four à bois 🔥 Merci à toutes et tous d’être venus samedi !\n\n#fourabois #boulangerie #rennes",
     ["four-a-bois", "braises"]),
    (1762070400, "Le pain au levain du jour : 48 h de fermentation, farine de meule de @moulin_de_la_vilaine 🥖 Réservez le vôtre au comptoir.",
     ["miche"]),
    (1767692400, "La galette des rois est de retour 👑 Frangipane maison & fève en porcelaine. #galettedesrois",
     ["galette"]),
    (1774080000, "Kouign-amann tout chaud, sortie du four à 10 h ☕", ["kouign-amann"]),
    (1782046800, "Fête de la musique : la boulangerie reste ouverte jusqu’à 22 h ce soir 🎶 #fetedelamusique",
     ["devanture"]),
    (1788249600, "C’est la rentrée ! Nouveaux horaires dès lundi :\n7 h – 19 h 30 du mardi au samedi\n7 h 30 – 13 h le dimanche",
     ["vitrine", "porte"]),
]


def meta(text):
    """Text as Meta writes it: each UTF-8 byte a Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    output = sys.argv[1]
    work = tempfile.mkdtemp()
    try:
        root = os.path.join(work, "instagram-boulangerie.martin-2026-11-28")
        posts = []
        for index, (stamp, caption, photos) in enumerate(POSTS):
            month = datetime.datetime.fromtimestamp(stamp, datetime.timezone.utc).strftime("%Y%m")
            media = []
            for number, photo in enumerate(photos):
                name = f"{4500 + index * 10 + number}_{17900000000000000 + index * 10 + number}_n.jpg"
                relative = f"media/posts/{month}/{name}"
                target = os.path.join(root, relative)
                os.makedirs(os.path.dirname(target), exist_ok=True)
                shutil.copy(os.path.join(IMAGES, photo + ".jpg"), target)
                subprocess.run(["exiftool", "-q", "-overwrite_original", *GPS, *CAMERA, target], check=True)
                media.append({"uri": relative, "creation_timestamp": stamp, "title": "",
                              "media_metadata": {"photo_metadata": {"exif_data": [{"latitude": 48.1147, "longitude": -1.6794}]}},
                              "cross_post_source": {"source_app": "FB"}})
            if len(media) == 1:
                media[0]["title"] = meta(caption)
                posts.append({"media": media})
            else:
                posts.append({"media": media, "title": meta(caption), "creation_timestamp": stamp})
        files = {
            "your_instagram_activity/media/posts_1.json": posts,
            "personal_information/personal_information/personal_information.json": {"profile_user": [{
                "media_map_data": {"Profile Photo": {"uri": "media/other/profile.jpg"}},
                "string_map_data": {
                    "Email": {"href": "", "value": "jean.martin@example.org", "timestamp": 0},
                    "Phone Number": {"href": "", "value": "+33600000000", "timestamp": 0},
                    "Username": {"href": "", "value": "boulangerie.martin", "timestamp": 0},
                    "Name": {"href": "", "value": meta("Boulangerie Martin"), "timestamp": 0},
                    "Private Account": {"href": "", "value": "False", "timestamp": 0},
                }}]},
            "your_instagram_activity/messages/inbox/cliente_1234/message_1.json": {
                "participants": [{"name": "Cliente"}],
                "messages": [{"sender_name": "Cliente", "content": meta("Message privé : ne jamais publier"), "timestamp_ms": 1760000000000}]},
        }
        for relative, value in files.items():
            path = os.path.join(root, relative)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="ascii") as file:
                json.dump(value, file, ensure_ascii=True, indent=2)
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
            for folder, _, names in sorted(os.walk(root)):
                for name in sorted(names):
                    path = os.path.join(folder, name)
                    archive.write(path, os.path.relpath(path, root))
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
