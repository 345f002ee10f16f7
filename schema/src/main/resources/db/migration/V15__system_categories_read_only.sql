-- System categories (tenant_id NULL) are shared by every tenant. V6 gave finance_categories one policy for all
-- commands whose USING let a tenant's transaction see system rows, and so also delete them or, with an UPDATE
-- setting tenant_id to its own, take them over (the WITH CHECK only looked at the new row); only application
-- code stopped it. Reading and writing now have their own policies: a tenant reads its rows and the system
-- ones, and writes only its own, so an UPDATE or DELETE of a system row matches nothing.
DROP POLICY tenant_isolation ON finance_categories;

CREATE POLICY tenant_and_system_read ON finance_categories FOR SELECT
    USING (tenant_id IS NULL OR tenant_id = app_current_tenant());
CREATE POLICY tenant_insert ON finance_categories FOR INSERT
    WITH CHECK (tenant_id = app_current_tenant());
CREATE POLICY tenant_update ON finance_categories FOR UPDATE
    USING (tenant_id = app_current_tenant()) WITH CHECK (tenant_id = app_current_tenant());
CREATE POLICY tenant_delete ON finance_categories FOR DELETE
    USING (tenant_id = app_current_tenant());
