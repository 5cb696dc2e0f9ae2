"""Write a set's prompts for its writers, outside the repository (README.md here).

    python bench/blind_sets/make_prompts.py blind 25 --earlier blind23 blind24 train29
    python bench/blind_sets/make_prompts.py train 30 --earlier blind24 blind25 train29

`blind NN` writes bNN_labels_common.md, bNN_calls_frnl.md, bNN_calls_ende.md and
bNN_deadlines.md; `train NN` the labels and the two calls prompts (tNN_…), whose files and
ids are renamed (/work/trainNN/trainNN_calls_frnl.jsonl, tNNfr001…). Each writer is then
pointed at one prompt. Plain string replacement: no `sed`, so an `&` in a note stays one.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HERE = Path(__file__).resolve().parent

STYLE_NOTES = {
    "frnl": (
        "French items: Wallonia (SPW, Forem, AVIQ, provinces, intercommunales, communes),"
        " Brussels (Actiris, COCOF, Bruxelles Economie et Emploi, CPAS, communes, Bruxelles"
        " Formation), Fédération Wallonie-Bruxelles, ESF agency, foundations, plus France"
        " (France Travail, régions, départements) / Luxembourg / Romandie. Dutch items:"
        " Flanders (VDAB, ESF Vlaanderen, Departement WSE, OCMW, VGC, provincies, steden en"
        " gemeenten, Lokale Besturen), plus the Netherlands (UWV, gemeenten, fondsen)."
    ),
    "ende": (
        "English items: EU portals (Funding & Tenders topic pages, ESF+, EaSI, Erasmus+, AMIF,"
        " Interreg, CERV), EPIM and European foundations, UK (councils, National Lottery, DWP),"
        " Ireland (Pobal, ETBs), Malta. German items: Ostbelgien (Ministerium der DG, ADG"
        " Arbeitsamt), Germany (Bundesagentur für Arbeit, Jobcenter, ESF Plus Länder, Kommunen,"
        " Stiftungen), Austria (AMS, Länder), Switzerland (Kantone, SECO), Luxembourg."
    ),
}
LANGUAGES = {"frnl": "French and Dutch", "ende": "English and German"}
INVENT = " Invent new funders, programme names and page layouts rather than the most obvious ones."


def fill(text: str, replacements: list[tuple[str, str]]) -> str:
    for old, new in replacements:
        text = text.replace(old, new)
    return text


def write_prompts(kind: str, number: int, earlier: list[str], out: Path, note: str) -> list[Path]:
    """The prompts of set `kind``number`, in `out`; their paths."""
    name = f"{kind}{number:02d}"
    prefix = f"{kind[0]}{number:02d}"
    labels = out / f"{prefix}_labels_common.md"
    never = ", ".join(f"/work/{set_name}/" for set_name in earlier)
    common = [("/work/blindNN-2/, /work/blindNN-1/", never), ("/work/blindNN/", f"/work/{name}/")]
    labels.write_text(fill((HERE / "labels_common.md").read_text(), common), encoding="utf-8")
    written = [labels]
    own = [("/work/prompts/labels_common.md", str(labels))]
    if kind == "train":
        own += [
            ("blindNN calls", f"{name} calls (a blind training set)"),
            ("/work/blindNN/blindNN_", f"/work/{name}/{name}_"),
            ("kNN", f"t{number:02d}"),
        ]
    own.append(("NN", f"{number:02d}"))
    for part in ("frnl", "ende"):
        path = out / f"{prefix}_calls_{part}.md"
        style = STYLE_NOTES[part] + INVENT + (f" {note}" if note else "")
        text = fill(
            (HERE / "calls.md").read_text(),
            [
                *own,
                ("LANGS_HERE", LANGUAGES[part]),
                ("FILE_HERE", part),
                ("STYLE_NOTE_HERE", style),
            ],
        )
        path.write_text(text, encoding="utf-8")
        written.append(path)
    if kind == "blind":
        path = out / f"{prefix}_deadlines.md"
        path.write_text(fill((HERE / "deadlines.md").read_text(), own), encoding="utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kind", choices=["blind", "train"])
    parser.add_argument("number", type=int)
    parser.add_argument("--earlier", nargs="*", default=[], help="sets the writer must not read")
    parser.add_argument("--out", type=Path, default=Path("/work/prompts"))
    parser.add_argument("--note", default="", help="what this set favours, added to the styles")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for path in write_prompts(args.kind, args.number, args.earlier, args.out, args.note):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
