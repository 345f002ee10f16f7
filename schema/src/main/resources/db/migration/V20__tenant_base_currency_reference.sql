-- A household's base currency is one of the suite's currencies. auth-service used to check it against the JDK's
-- list, which also holds XTS (testing), XXX (no currency) and XDR, none of which the currency table or any rate
-- import knows: every summary of such a household failed. The service now checks the table; the database holds
-- it to that too. NOT VALID: a tenant stored before with such a code keeps it (nothing here could choose another
-- for its owner); every new or changed base currency is checked.
alter table tenants
    add constraint tenants_base_currency_fkey foreign key (base_currency) references currencies (code) not valid;
