import type { Issue } from "../issues";
import { formatNumber } from "./labels";

const d = (issue: Issue, key: string): string => {
  const value = issue.details?.[key];
  return typeof value === "number" ? formatNumber(value, "sv") : (value ?? "");
};

/** Swedish text for an issue, written for staff who are not specialists. */
export function messageSv(issue: Issue, label: string): string {
  const input = issue.input ?? "";
  switch (issue.code) {
    case "invalid_amount":
      return `”${input}” går inte att läsa som ett belopp. Skriv ett tal i kronor, t.ex. 250 000 eller 1,2 mkr.`;
    case "approximate_amount":
      return `Beloppet ”${input}” är ungefärligt; ${d(issue, "value")} kr används. Ange ett exakt belopp när det finns.`;
    case "negative_amount":
      return `${label} är negativt (”${input}”). Ange kostnader och besparingar som positiva belopp.`;
    case "invalid_hours":
      return `”${input}” går inte att läsa som timmar per år. Skriv ett tal, t.ex. 1 200.`;
    case "approximate_hours":
      return `Tidsbesparingen ”${input}” är ungefärlig; ${d(issue, "value")} timmar används. Ange ett exakt antal när det finns.`;
    case "invalid_date":
      return `”${input}” går inte att läsa som ett datum. Skriv datum som ÅÅÅÅ-MM-DD, t.ex. 2024-03-15.`;
    case "approximate_date":
      return `${label} ”${input}” är ungefärligt (${d(issue, "earliest")} – ${d(issue, "latest")}) och räknas inte med. Ange ett exakt datum när det finns.`;
    case "invalid_score":
      return `”${input}” är ingen poäng för ${label}. Ange en hel poäng från 1 till 5.`;
    case "unknown_list_value":
      return `”${input}” finns inte i listan för ${label}. Välj något av: ${d(issue, "allowed")}.`;
    case "list_value_in_sentence":
      return `”${input}” läses som ${d(issue, "value")}. Välj helst ett värde ur listan, så läses det utan tolkning.`;
    case "cell_error":
      return `Cellen visar felet ${input}. Rätta formeln eller skriv in värdet.`;
    case "formula_without_value":
      return `Formel utan sparat värde (${d(issue, "formula")}): öppna och spara filen i Excel, så sparas värdet.`;
    case "shared_string_missing":
      return `Cellen pekar på text nummer ${d(issue, "index")} i arbetsbokens lista över texter, men den finns inte där, så cellens innehåll går inte att läsa. Filen verkar skadad: öppna den i Excel, kontrollera cellen och spara en ny kopia.`;
    case "unit_conflict":
      return `Arbetsboken anger två olika enheter för cellen: ${d(issue, "first")} och ${d(issue, "second")}. Beloppet används inte; ange enheten på ett ställe.`;
    case "percent_in_amount":
      return `”${input}” är en procentsats, inte ett belopp. Skriv beloppet i kronor.`;
    case "text_truncated":
      return `Texten är ${d(issue, "length")} tecken lång; en cell i Excel rymmer högst ${d(issue, "limit")}. Portföljen visar början, markerad ${d(issue, "mark")}. Korta texten i källan.`;
    case "missing_name":
      return "Raden har innehåll men inget namn. Ange initiativets namn.";
    case "missing_status":
      return "Status saknas. Ange var initiativet är, t.ex. Idé, Beslutad eller Pågående.";
    case "required_missing":
      return `${label} saknas. Det krävs när status är ${d(issue, "status")}.`;
    case "end_before_start":
      return `Slutdatum ${d(issue, "end")} ligger före startdatum ${d(issue, "start")}.`;
    case "running_past_end":
      return `Status är Pågående men slutdatum ${d(issue, "end")} har passerat. Uppdatera status eller slutdatum.`;
    case "payback_exceeds_period":
      return d(issue, "years") === "never"
        ? "Initiativet betalar sig aldrig: nyttan per år är inte större än den löpande kostnaden."
        : `Återbetalningstiden är ${d(issue, "years")} år, längre än kalkylperioden på ${d(issue, "period")} år.`;
    case "finished_without_followup":
      return `Avslutades ${d(issue, "end")}, för mer än ett år sedan, men nyttan har inte följts upp. Ange datum i Uppföljd.`;
    case "benefit_owner_is_project_manager":
      return `Nyttoägaren (${d(issue, "name")}) är samma person som den ansvarige. Nyttan bör ägas av verksamheten, inte av projektledaren.`;
    case "duplicate_id":
      return `ID ”${d(issue, "id")}” används också på ${d(issue, "rows")}. Varje initiativ behöver ett eget ID.`;
    case "column_missing":
      return `Listan saknar kolumnen ${label}, som krävs för ${d(issue, "count")} initiativ (rad ${d(issue, "rows")}). Lägg till kolumnen${issue.location.field === "forvaltning" ? " eller ange listans förvaltning på bladet Parametrar" : ""}.`;
    case "id_shared_between_forvaltningar":
      return `ID ”${d(issue, "id")}” används också av ${d(issue, "others")}. Initiativen hålls isär: i portföljen heter det här ${d(issue, "portfolioId")}, och rådets kolumner följer förvaltning och källans ID.`;
    case "council_match_ambiguous":
      return `Rådets anteckningar för ${d(issue, "id")} kunde höra till flera initiativ (${d(issue, "candidates")}). De ligger kvar på en rad märkt för granskning i Portfölj; flytta dem till rätt initiativ och töm sedan den raden.`;
    case "council_edit_overwritten":
      return d(issue, "typed") === ""
        ? `Värdet i ${label} hade tömts för hand i portföljen. Källan (${d(issue, "source")}) anger ”${d(issue, "written")}”, som nu står i cellen. Ska cellen vara tom, behöver värdet tas bort i källan.`
        : d(issue, "written") === ""
          ? `Värdet i ${label} hade ändrats för hand i portföljen till ”${d(issue, "typed")}”. Källan (${d(issue, "source")}) anger inget, så cellen är nu tom. Ska det ändrade värdet gälla, behöver det skrivas in i källan.`
          : `Värdet i ${label} hade ändrats för hand i portföljen till ”${d(issue, "typed")}”. Källan (${d(issue, "source")}) anger ”${d(issue, "written")}”, som nu står i cellen. Ska det ändrade värdet gälla, behöver det ändras i källan.`;
    case "no_initiative_table":
      return "Hittade ingen lista med initiativ. Kontrollera att det finns en rubrikrad med t.ex. Namn och Status.";
    case "parameter_invalid":
      return `Parametern ${d(issue, "parameter")} är felaktig: ${d(issue, "message")} Standardvärdet används.`;
    case "forvaltning_from_file_name":
      return `Listan anger inte sin förvaltning; ”${d(issue, "forvaltning")}” är taget från filnamnet. Skriv förvaltningen i kolumnen Förvaltning i tabellen Kallor på bladet Mappning, även om förslaget stämmer.`;
    case "macros_ignored":
      return "Arbetsboken innehåller makron. De har inte körts; bara cellernas värden är lästa.";
    case "external_links":
      return "Arbetsboken har formler som hämtar värden från andra arbetsböcker. Länkarna följs inte; värdena som senast sparades i filen används.";
    case "hidden_sheet":
      return "Listan ligger på ett dolt blad. Den är ändå med; visa bladet om den inte ska vara det.";
    case "hidden_rows":
      return issue.details?.["count"] === 1
        ? `En dold rad i listan är med ändå (rad ${d(issue, "rows")}).`
        : `${d(issue, "count")} dolda rader i listan är med ändå (rad ${d(issue, "rows")}).`;
    case "hidden_columns":
      return `Dolda kolumner i listan är lästa ändå (${d(issue, "columns")}).`;
  }
}
