-- Members and officers (issue 23); applications gain the consent to list the representative's name.
CREATE TABLE "member" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" bigint,
	"organisation" text NOT NULL,
	"kind" text NOT NULL,
	"country" text NOT NULL,
	"website" text NOT NULL,
	"representative" text,
	"email" text,
	"list_representative" boolean DEFAULT false NOT NULL,
	"member_since" date NOT NULL,
	"standing" text DEFAULT 'good-standing' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_application_id_unique" UNIQUE("application_id"),
	CONSTRAINT "member_standing" CHECK ("member"."standing" in ('good-standing', 'lapsed', 'resigned')),
	CONSTRAINT "member_kind" CHECK ("member"."kind" in ('commercial-entity', 'trade-association'))
);
--> statement-breakpoint
CREATE TABLE "officer" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"member_id" bigint NOT NULL,
	"role" text NOT NULL,
	"holder" text NOT NULL,
	"holder_email" text,
	"term_start" date NOT NULL,
	"term_end" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "officer_role" CHECK ("officer"."role" in ('chair', 'gnso-councillor', 'csg-executive', 'csg-executive-alternate')),
	CONSTRAINT "officer_term" CHECK ("officer"."term_end" >= "officer"."term_start")
);
--> statement-breakpoint
ALTER TABLE "membership_application" ADD COLUMN "list_representative" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "member" ADD CONSTRAINT "member_application_id_membership_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."membership_application"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "officer" ADD CONSTRAINT "officer_member_id_member_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."member"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "member_standing_idx" ON "member" USING btree ("standing");--> statement-breakpoint
CREATE INDEX "member_email_idx" ON "member" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "officer_term_idx" ON "officer" USING btree ("term_end","term_start");--> statement-breakpoint
CREATE INDEX "officer_holder_email_idx" ON "officer" USING btree (lower("holder_email"));