-- The numbered point of the statement a comment is about; NULL is the whole draft (every older comment).
ALTER TABLE "consultation_comment" ADD COLUMN "point" integer;--> statement-breakpoint
ALTER TABLE "consultation_comment" ADD CONSTRAINT "consultation_comment_point" CHECK ("consultation_comment"."point" >= 1);
