import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { DataTable } from "~/components/data-table";
import { reviewColumns } from "~/components/lists/slot-columns";
import { pageMeta } from "~/components/page-meta";
import { loadList } from "~/http/list.server";
import { reviewList } from "~/http/lists/slots.server";
import { useT } from "~/i18n/use-t";

export const meta = pageMeta("title.review");

export function loader(args: LoaderFunctionArgs) {
  return { queue: loadList(args, reviewList).result };
}

export default function ReviewQueue() {
  const t = useT();
  const { queue } = useLoaderData<typeof loader>();
  return (
    <div className="stack">
      <h1>{t("review.title")}</h1>
      <p className="font-lead">{t("review.lead")}</p>
      <DataTable
        caption={t("review.title")}
        columns={reviewColumns}
        rowKey={(s) => s.id}
        countKey="review.count"
        csvHref="/jobcentre/review.csv"
        {...queue}
      />
    </div>
  );
}
