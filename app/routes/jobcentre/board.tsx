import type { LoaderFunctionArgs } from "@remix-run/node";
import type { ReactNode } from "react";
import { Form, useLoaderData } from "@remix-run/react";
import { Alert } from "~/components/alerts";
import { DataTable } from "~/components/data-table";
import { activeFilterCount, CheckboxFilterInside, ChoiceFilterInside, FilterDisclosure, SearchFilter, SelectFilter, TextFilter } from "~/components/filter-fields";
import { DemandFilterSelectsIn } from "~/components/demand-filter-selects";
import { FilterButtonsInside } from "~/components/filter-buttons";
import { Kept } from "~/components/kept-markup";
import { boardColumns, boardRowKey } from "~/components/lists/board-columns";
import { pageMeta } from "~/components/page-meta";
import { INDUSTRIES } from "~/domain/companies/vocabulary";
import { BOARD_ACCESS } from "~/domain/slots/board-filters";
import { SLOT_KINDS, WEEKDAYS } from "~/domain/slots/vocabulary";
import { DEMANDS } from "~/domain/tasks/vocabulary";
import { loadList } from "~/http/list.server";
import { boardList } from "~/http/lists/board.server";
import type { Locale } from "~/i18n/locales";
import { useLocale, useT } from "~/i18n/use-t";

export const meta = pageMeta("title.board");

const RADII = [0, 5, 10, 15, 25, 50, 100];

/*
 * Decision 083: the filter form's parts and the table's rows are drawn once per language and the
 * values they read, and then sent as kept markup (`Kept`, decision 078). The form's parts read
 * only the filters named in their keys and the language; a row reads only what `boardRowKey`
 * names. Kept with this module (the server's life), so each is bounded: the least recently used
 * go first. board-kept.test.tsx compares the kept page with the page drawn in full.
 */
const KEPT_FORM = {};
const KEPT_FORM_PARTS = 400;
const KEPT_ROWS = 2000;
const FILTER_FORM = { className: "filter-form" };
const FIELDSET = { className: "form-group" };
const CHECKBOX = { className: "form-group-checkbox" };
const BUTTON_ROW = { className: "button-row" };
/** A part of the filter form, kept under the language and `part` (every value it shows). */
function FormPart(props: { as: "div" | "fieldset"; props: Record<string, string>; locale: Locale; part: string; children: () => ReactNode }) {
  return (
    <Kept as={props.as} props={props.props} on={KEPT_FORM} limit={KEPT_FORM_PARTS} keptKey={`${props.locale}\u0000${props.part}`}>
      {props.children}
    </Kept>
  );
}

/** Which of the choices are checked, as the checkboxes show it (repeats and order do not matter). */
const chosen = (all: readonly string[], checked: readonly string[]) => all.map((v) => (checked.includes(v) ? "1" : "0")).join("");

export function loader(args: LoaderFunctionArgs) {
  const { ctx, filters, result } = loadList(args, boardList);
  return { filters, result, jobcentre: ctx.actor.organisationName };
}

export default function Board() {
  const t = useT();
  const locale = useLocale();
  const { filters, result, jobcentre } = useLoaderData<typeof loader>();
  const { q, kinds, industry, postcode, maxStartHours, days, maxDemand, access, withoutProposal } = filters;
  const active = activeFilterCount({ q, kinds, industry, postcode, maxStartHours, days, maxDemand, access, withoutProposal });
  return (
    <div className="stack">
      <h1>{t("board.title")}</h1>
      <p className="font-lead">{t("board.lead", { jobcentre })}</p>
      <FilterDisclosure active={active}>
        <Form method="get" aria-label={t("board.filterLabel")}>
          {/* The form's parts are drawn once per language and the values each reads, and kept (decision 083). */}
          <FormPart as="div" props={FILTER_FORM} locale={locale} part={JSON.stringify([q, industry, postcode, filters.radiusKm, maxStartHours, DEMANDS.map((d) => maxDemand[d] ?? null), filters.sort])}>
            {() => (
              <>
                <SearchFilter label={t("board.search")} defaultValue={q ?? ""} />
                <SelectFilter
                  name="industry"
                  label={t("field.industry")}
                  allLabel={t("board.allIndustries")}
                  defaultValue={industry ?? ""}
                  options={INDUSTRIES.map((i) => ({ value: i, label: t(`industry.${i}`) }))}
                />
                <TextFilter name="postcode" label={t("board.postcode")} numeric defaultValue={postcode ?? ""} />
                <SelectFilter
                  name="radius"
                  label={t("board.radius")}
                  defaultValue={String(filters.radiusKm)}
                  options={RADII.map((km) => ({ value: km, label: km === 0 ? t("board.radiusExact") : t("board.radiusKm", { km }) }))}
                />
                <TextFilter name="hours" label={t("board.maxHours")} numeric defaultValue={maxStartHours ?? ""} />
                <DemandFilterSelectsIn t={t} maxDemand={maxDemand} />
                <SelectFilter
                  name="sort"
                  label={t("tasks.sort")}
                  defaultValue={filters.sort}
                  options={[
                    { value: "start", label: t("board.sortStart") },
                    { value: "newest", label: t("board.sortNewest") },
                    { value: "oldest", label: t("board.sortOldest") },
                    { value: "hours", label: t("board.sortHours") },
                    { value: "distance", label: t("board.sortDistance") },
                  ]}
                />
              </>
            )}
          </FormPart>
          <FormPart as="fieldset" props={FIELDSET} locale={locale} part={`kind\u0000${chosen(SLOT_KINDS, kinds)}`}>
            {() => <ChoiceFilterInside name="kind" legend={t("field.slotKind")} options={SLOT_KINDS.map((k) => ({ value: k, label: t(`slotKind.${k}`) }))} checked={kinds} />}
          </FormPart>
          <FormPart as="fieldset" props={FIELDSET} locale={locale} part={`day\u0000${chosen(WEEKDAYS, days)}`}>
            {() => (
              <ChoiceFilterInside
                name="day"
                legend={t("board.days")}
                hint={t("board.daysHint")}
                options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))}
                checked={days}
              />
            )}
          </FormPart>
          <FormPart as="fieldset" props={FIELDSET} locale={locale} part={`access\u0000${chosen(BOARD_ACCESS, access)}`}>
            {() => (
              <ChoiceFilterInside
                name="access"
                legend={t("board.access")}
                hint={t("board.accessHint")}
                options={BOARD_ACCESS.map((a) => ({ value: a, label: a === "described" ? t("board.accessDescribed") : t(`adaptation.${a}`) }))}
                checked={access}
              />
            )}
          </FormPart>
          <FormPart as="div" props={CHECKBOX} locale={locale} part={`withoutProposal\u0000${withoutProposal}`}>
            {() => <CheckboxFilterInside name="withoutProposal" label={t("board.withoutProposal")} checked={withoutProposal} />}
          </FormPart>
          <FormPart as="div" props={BUTTON_ROW} locale={locale} part="buttons">
            {() => <FilterButtonsInside t={t} primary reset={{ href: "/jobcentre/board", label: t("board.reset") }} />}
          </FormPart>
        </Form>
      </FilterDisclosure>
      {filters.badPostcode ? <Alert kind="warning" heading={t("board.badPostcode")} /> : null}
      {filters.unknownPostcode ? <Alert kind="warning" heading={t("board.unknownPostcode", { postcode: filters.postcode ?? "" })} /> : null}
      {filters.sort === "distance" && !filters.postcode ? <Alert kind="info" heading={t("board.distanceNeedsPostcode")} /> : null}
      <DataTable
        caption={t("board.title")}
        columns={boardColumns}
        rowKey={(s) => s.id}
        countKey="board.count"
        csvHref="/jobcentre/board.csv"
        sort={filters.sort}
        keptRows={{ on: boardColumns, key: boardRowKey, limit: KEPT_ROWS }}
        {...result}
      />
    </div>
  );
}
