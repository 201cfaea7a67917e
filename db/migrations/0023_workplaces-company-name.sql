-- A company's workplaces in the lists' order (decision 079): the start page's first ten open
-- workplaces, the workplace list's pages and the forms' workplace choices sorted a chain's hundred
-- rows in a temporary B-tree on every view; they now read this index in order.
CREATE INDEX `workplaces_company_name_idx` ON `workplaces` (`company_id`,`name`,`id`);
