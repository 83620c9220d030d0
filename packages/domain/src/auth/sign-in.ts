import { z } from "zod";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter your work email address, like name@oxfordshire.gov.uk" })),
  password: z.string().min(1, "Enter your password").max(200),
});
export type SignIn = z.infer<typeof signInSchema>;
