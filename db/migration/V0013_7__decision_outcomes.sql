-- A counselor's decision on a report can end with an outcome the rules cannot express
-- (individual therapy, discernment counselling, separation or co-parenting support, ending the
-- work). The report keeps it beside its final recommendation, so lists need no join.
ALTER TABLE report_decision ADD COLUMN outcome VARCHAR(40) NULL;
ALTER TABLE progress_report ADD COLUMN final_outcome VARCHAR(40) NULL;
