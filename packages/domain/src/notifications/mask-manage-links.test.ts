import { describe, expect, it } from "vitest";
import { MASKED_TOKEN, maskManageLinks } from "./mask-manage-links";

const token = "q3Vb1xZ-_9kLmN0pQrStUvWxYz0123456789abcdEFG";

describe("maskManageLinks", () => {
  it("hides the token of a manage link and keeps the rest of the message", () => {
    const body = `Hello Amira,\n\nTo view or cancel: https://hearth.example/centres/booking/manage#${token}\n\nReference: HB-7K3Q-9M`;
    const masked = maskManageLinks(body);
    expect(masked).not.toContain(token);
    expect(masked).toContain(`https://hearth.example/centres/booking/manage#${MASKED_TOKEN}`);
    expect(masked).toContain("Reference: HB-7K3Q-9M");
  });

  it("hides a token in any link shape, and every one in the text", () => {
    const masked = maskManageLinks(`a /manage/${token} b ?token=${token}.`);
    expect(masked).not.toContain(token);
    expect(masked.split(MASKED_TOKEN)).toHaveLength(3);
  });

  it("leaves ordinary words, references and shorter ids alone", () => {
    const text = "Find another session: https://hearth.example/centres/ Reference: HB-7K3Q-9M";
    expect(maskManageLinks(text)).toBe(text);
  });
});
