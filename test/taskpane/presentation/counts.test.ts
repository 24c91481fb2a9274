import { STRINGS } from "../../../src/taskpane/i18n";

const sv = STRINGS.sv;
const en = STRINGS.en;

describe("counted phrases", () => {
  it("uses the Swedish plural forms: fel and initiativ do not change, varning does", () => {
    expect(sv.counts.errors(1)).toBe("1 fel");
    expect(sv.counts.errors(2)).toBe("2 fel");
    expect(sv.counts.initiatives(1)).toBe("1 initiativ");
    expect(sv.counts.warnings(1)).toBe("1 varning");
    expect(sv.counts.warnings(0)).toBe("0 varningar");
    expect(sv.counts.warnings(5)).toBe("5 varningar");
    expect(sv.counts.workbooks(1)).toBe("1 arbetsbok");
    expect(sv.counts.workbooks(3)).toBe("3 arbetsböcker");
    expect(sv.counts.columns(1)).toBe("1 kolumn");
    expect(sv.counts.columns(4)).toBe("4 kolumner");
  });

  it("uses the English plural forms", () => {
    expect(en.counts.initiatives(1)).toBe("1 initiative");
    expect(en.counts.initiatives(0)).toBe("0 initiatives");
    expect(en.counts.errors(1)).toBe("1 error");
    expect(en.counts.warnings(2)).toBe("2 warnings");
    expect(en.counts.workbooks(1)).toBe("1 workbook");
  });

  it("says the check's result as N initiativ, E fel, W varningar", () => {
    expect(sv.check.summary(8, 3, 5)).toBe("8 initiativ, 3 fel, 5 varningar");
    expect(sv.check.summary(1, 1, 1)).toBe("1 initiativ, 1 fel, 1 varning");
    expect(en.check.summary(1, 0, 2)).toBe("1 initiative, 0 errors, 2 warnings");
  });

  it("groups thousands in counts with a no-break space", () => {
    expect(sv.check.summary(12_000, 0, 0)).toBe("12\u00a0000 initiativ, 0 fel, 0 varningar");
  });

  it("says the preview as N initiativ från M arbetsböcker", () => {
    expect(sv.summarise.preview(12, 2)).toBe("12 initiativ från 2 arbetsböcker");
    expect(sv.summarise.preview(1, 1)).toBe("1 initiativ från 1 arbetsbok");
    expect(en.summarise.preview(1, 2)).toBe("1 initiative from 2 workbooks");
  });

  it("agrees the Swedish participle with the number", () => {
    expect(sv.summarise.imported(1)).toBe("1 initiativ inläst");
    expect(sv.summarise.imported(4)).toBe("4 initiativ inlästa");
    expect(sv.summarise.skipped(1)).toBe("1 rad överhoppad");
    expect(sv.summarise.skipped(2)).toBe("2 rader överhoppade");
    expect(sv.template.added("Projekt", 1)).toMatch(/^1 kolumn lades till på bladet Projekt/);
    expect(en.template.added("Projekt", 1)).toMatch(/^1 column was added to sheet Projekt/);
    expect(en.template.added("Projekt", 2)).toMatch(/^2 columns were added/);
  });

  it("counts carried-over rows in the written message", () => {
    expect(sv.summarise.written("Portfölj, Översikt", 1)).toBe(
      "Skrev bladen Portfölj, Översikt. Rådets egna kolumner fördes över på 1 rad."
    );
    expect(sv.summarise.written("Portfölj", 3)).toMatch(/på 3 rader\.$/);
  });
});
