CREATE TABLE "consultation_comment" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"submission" uuid NOT NULL,
	"consultation" text NOT NULL,
	"locale" text NOT NULL,
	"name" text NOT NULL,
	"organisation" text,
	"email" text NOT NULL,
	"body" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	CONSTRAINT "consultation_comment_submission_unique" UNIQUE("submission"),
	CONSTRAINT "consultation_comment_status" CHECK ("consultation_comment"."status" in ('pending', 'published', 'rejected')),
	CONSTRAINT "consultation_comment_body_length" CHECK (char_length("consultation_comment"."body") between 1 and 10000)
);
--> statement-breakpoint
CREATE INDEX "consultation_comment_queue_idx" ON "consultation_comment" USING btree ("consultation","status","id");--> statement-breakpoint
CREATE INDEX "consultation_comment_email_idx" ON "consultation_comment" USING btree (lower("email"));