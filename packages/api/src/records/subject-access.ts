import { accessKindLabels, accessRouteLabels, roleLabels } from "@hearth/domain";
import type { ScopedContext } from "../context";
import { withRecordInScope } from "../scope";
import { auditAll } from "../trpc";
import { accessLogOf, subjectOf } from "./person-access-log";
import { familySections, personSections, type SubjectAccessSection } from "./subject-access-sections";

/**
 * Subject access export (issue 15 §3): everything Hearth holds about one person, across every
 * service, as one document for a data officer to review (and redact third parties from) before
 * release. Read in one transaction so the document is one moment's truth; the export is audited
 * against the person and each family read for it.
 */
export function subjectAccessExport(ctx: ScopedContext, personId: string) {
  const event = { action: "person.subjectAccess.export", entityType: "person", entityId: personId };
  return withRecordInScope(
    ctx,
    event,
    (tx) => subjectOf(tx, personId),
    async (tx, person) => {
      const { areaName: _areaName, ...stored } = person;
      const [own, families, log] = await Promise.all([personSections(tx, stored), familySections(tx, personId), accessLogOf(tx, personId)]);
      const accessSection: SubjectAccessSection = {
        key: "access-log",
        title: "Who has looked at the record",
        items: log.entries.map((e) => ({
          when: e.at,
          who: e.who,
          role: e.actorRole ? roleLabels[e.actorRole] : "",
          what: accessKindLabels[e.kind],
          how: accessRouteLabels[e.route],
          action: e.action,
          reason: e.reason,
        })),
      };
      const sections = [...own, ...families.sections, accessSection];
      await auditAll(ctx, tx, [
        { ...event, detail: { sections: sections.length, items: sections.reduce((n, s) => n + s.items.length, 0) } },
        ...families.familyIds.map((familyId) => ({
          action: "family.subjectAccess.read",
          entityType: "family",
          entityId: familyId,
          detail: { personId },
        })),
      ]);
      return {
        person: { id: person.id, firstName: person.firstName, lastName: person.lastName, dateOfBirth: person.dateOfBirth, areaName: person.areaName },
        producedAt: ctx.now().toISOString(),
        sections,
      };
    },
  );
}
