import { restrictedRecordMessage } from "@hearth/domain";

/**
 * Why a person's record was refused as restricted: the error's cause, which the error formatter
 * turns into `data.restricted`, so the person page can show whom to contact without parsing text.
 * Its own file because the tRPC set-up imports it, and must not import the use cases.
 */
export class RestrictedRecord extends Error {
  constructor(readonly contact: string) {
    super(restrictedRecordMessage(contact));
  }
}
