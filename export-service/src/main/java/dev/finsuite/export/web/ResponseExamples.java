package dev.finsuite.export.web;

/**
 * Example bodies for the OpenAPI document, taken from real answers of a seeded household (a budget with rollover,
 * a scooter loan with a payment and a prepayment, gold coins bought and partly sold), so a frontend sees each
 * field as the code writes it: money as decimal strings at the scale the owning service gives them.
 */
public final class ResponseExamples {

    public static final String BUDGET_VS_ACTUAL = """
            {"from":"2026-01-01","to":"2026-02-28","periods":[{"budgetId":"9bb05a89-d435-45b1-9d3d-389e84836983",\
            "name":"Food","currency":"INR","periodStart":"2026-01-01","periodEnd":"2026-01-31","limit":"1000.00",\
            "carriedOver":"0.00","spent":"700.00","remaining":"300.00","percentUsed":"70.00","state":"OK",\
            "pendingConversions":0,"available":"1000.00"},{"budgetId":"9bb05a89-d435-45b1-9d3d-389e84836983",\
            "name":"Food","currency":"INR","periodStart":"2026-02-01","periodEnd":"2026-02-28","limit":"1000.00",\
            "carriedOver":"300.00","spent":"1200.00","remaining":"100.00","percentUsed":"92.31","state":"WARNING",\
            "pendingConversions":0,"available":"1300.00"}],\
            "method":"each period's status as finance-service computes it for that period: available = limit + carriedOver (rollover),\
             remaining = available - spent"}""";

    public static final String NET_WORTH = """
            {"from":"2026-01","to":"2026-02","currency":"INR","months":[{"month":"2026-01","asOf":"2026-01-31",\
            "currency":"INR","investments":"1100.00","lentOutstanding":"2000.00",\
            "loanPrincipalOutstanding":"110538.15","borrowedOutstanding":"5000.00","netWorth":"-112438.15",\
            "unknown":[]},{"month":"2026-02","asOf":"2026-02-28","currency":"INR","investments":"720.00",\
            "lentOutstanding":"1500.00","loanPrincipalOutstanding":"100538.15","borrowedOutstanding":"4000.00",\
            "netWorth":"-102318.15","unknown":[]}],"absent":[{"part":"bankAndCashBalances",\
            "reason":"the suite keeps no bank, wallet or cash accounts"},{"part":"otherAssets",\
            "reason":"the suite keeps no property, vehicles or other possessions"},{"part":"otherLiabilities",\
            "reason":"credit-card balances and debts not recorded as loans,\
             borrowings or lendings are not known to the suite"}],\
            "methods":{"borrowedOutstanding":"each borrowing's total due less the repayments dated on or before the month's end",\
            "netWorth":"investments + lentOutstanding - loanPrincipalOutstanding - borrowedOutstanding,\
             null when any part is unknown",\
            "loanPrincipalOutstanding":"each loan's principal less prepayments dated by the month's end,\
             less the principal that payments dated by then covered (payments go to the instalment's interest first,\
             as emi-service applies them); for the current month this is emi-service's outstandingPrincipal",\
            "investments":"investment-service's daily market value of the portfolio in the base currency on the month's last day (0 before the first activity)",\
            "lentOutstanding":"each lending's total due less the collections dated on or before the month's end"}}""";

    public static final String LOAN = """
            {"loan":{"id":"4d7b3721-4aa4-4ad0-a974-d8523fea9da1","name":"Scooter","loanType":"PERSONAL",\
            "principal":"120000.00","currency":"INR","annualRate":"12","currentRate":"12","tenureMonths":12,\
            "disbursalDate":"2025-12-01","firstEmiDate":"2026-01-05","status":"ACTIVE","emi":"10661.85",\
            "endDate":"2026-11-05","instalments":11,"outstandingPrincipal":"100538.15","totalInterest":"6899.86",\
            "amountPaid":"10661.85"},"schedule":[{"number":1,"dueDate":"2026-01-05","openingBalance":"120000.00",\
            "prepaid":"0.00","emi":"10661.85","interest":"1200.00","principal":"9461.85",\
            "closingBalance":"110538.15","annualRate":"12","paid":"10661.85","status":"PAID"},{"number":2,\
            "dueDate":"2026-02-05","openingBalance":"110538.15","prepaid":"0.00","emi":"10661.85",\
            "interest":"1105.38","principal":"9556.47","closingBalance":"100981.68","annualRate":"12","paid":"0.00",\
            "status":"OVERDUE"},{"number":3,"dueDate":"2026-03-05","openingBalance":"90981.68","prepaid":"10000.00",\
            "emi":"10661.85","interest":"909.82","principal":"9752.03","closingBalance":"81229.65",\
            "annualRate":"12","paid":"0.00","status":"DUE"},{"number":4,"dueDate":"2026-04-05",\
            "openingBalance":"81229.65","prepaid":"0.00","emi":"10661.85","interest":"812.30","principal":"9849.55",\
            "closingBalance":"71380.10","annualRate":"12","paid":"0.00","status":"DUE"},{"number":5,\
            "dueDate":"2026-05-05","openingBalance":"71380.10","prepaid":"0.00","emi":"10661.85",\
            "interest":"713.80","principal":"9948.05","closingBalance":"61432.05","annualRate":"12","paid":"0.00",\
            "status":"DUE"},{"number":6,"dueDate":"2026-06-05","openingBalance":"61432.05","prepaid":"0.00",\
            "emi":"10661.85","interest":"614.32","principal":"10047.53","closingBalance":"51384.52",\
            "annualRate":"12","paid":"0.00","status":"DUE"},{"number":7,"dueDate":"2026-07-05",\
            "openingBalance":"51384.52","prepaid":"0.00","emi":"10661.85","interest":"513.85",\
            "principal":"10148.00","closingBalance":"41236.52","annualRate":"12","paid":"0.00","status":"DUE"},\
            {"number":8,"dueDate":"2026-08-05","openingBalance":"41236.52","prepaid":"0.00","emi":"10661.85",\
            "interest":"412.37","principal":"10249.48","closingBalance":"30987.04","annualRate":"12","paid":"0.00",\
            "status":"DUE"},{"number":9,"dueDate":"2026-09-05","openingBalance":"30987.04","prepaid":"0.00",\
            "emi":"10661.85","interest":"309.87","principal":"10351.98","closingBalance":"20635.06",\
            "annualRate":"12","paid":"0.00","status":"DUE"},{"number":10,"dueDate":"2026-10-05",\
            "openingBalance":"20635.06","prepaid":"0.00","emi":"10661.85","interest":"206.35",\
            "principal":"10455.50","closingBalance":"10179.56","annualRate":"12","paid":"0.00","status":"DUE"},\
            {"number":11,"dueDate":"2026-11-05","openingBalance":"10179.56","prepaid":"0.00","emi":"10281.36",\
            "interest":"101.80","principal":"10179.56","closingBalance":"0.00","annualRate":"12","paid":"0.00",\
            "status":"DUE"}],"totals":{"totalInterest":"6899.86","totalPayable":"116899.86",\
            "totalPrepaid":"10000.00","amountPaid":"10661.85","interestPaid":"1200.00",\
            "interestRemaining":"5699.86","outstandingPrincipal":"100538.15"},\
            "payments":[{"id":"0b3c3390-30b1-47a1-8ffb-e6efac4b7dc8","instalmentNumber":1,"amount":"10661.85",\
            "paidOn":"2026-01-05","daysLate":0}],"prepayments":[{"id":"62a2adb5-b3a8-47d2-a931-a492e3daffc0",\
            "amount":"10000.00","date":"2026-02-10","strategy":"REDUCE_TENURE"}]}""";

    public static final String INVESTMENTS = """
            {"holdings":{"baseCurrency":"INR","asOf":"2026-02-20",\
            "holdings":[{"accountId":"5d0c9427-b552-4027-aeec-8e19aebcef9e","accountName":"Broker",\
            "costBasisMethod":"FIFO","assetId":"7ff463e7-ebd3-4705-8197-2f8733170776","symbol":"GOLDCOIN",\
            "dataSource":"MANUAL","name":"Gold coins","assetClass":"COMMODITY","currency":"INR","quantity":"6",\
            "costBasis":"600.00","averageUnitCost":"100","price":{"value":"130","date":"2026-02-19",\
            "source":"manual","stale":false},"marketValue":"780.00","unrealisedGain":"180.00",\
            "realisedGain":"60.00","dividends":"0.00","interest":"0.00","fees":"0.00","taxes":"0.00",\
            "base":{"rate":"1","costBasis":"600.00","marketValue":"780.00","unrealisedGain":"180.00",\
            "priceEffect":"180.00","currencyEffect":"0.00","realisedGain":"60.00","dividends":"0.00"},\
            "allocation":"1.000000","unknown":[]}],"totals":{"currency":"INR","marketValue":"780.00",\
            "costBasis":"600.00","unrealisedGain":"180.00","realisedGain":"60.00","dividends":"0.00","holdings":1,\
            "leftOutOfMarketValue":0,"leftOutOfGains":0},\
            "methods":{"costBasis":"each account's own: FIFO consumes lots oldest first; AVERAGE keeps one pooled cost per position",\
            "baseCurrency":"cost and realised gain at each activity's own rate; market value at today's rate",\
            "allocation":"share of the known market value in the base currency, as a fraction"}},\
            "realisedGainsByYear":[{"year":2026,"baseCurrency":"INR",\
            "lines":[{"saleId":"619ff94e-25f2-400c-8c68-d2bcd3d93635","date":"2026-02-15",\
            "accountId":"5d0c9427-b552-4027-aeec-8e19aebcef9e","accountName":"Broker","method":"FIFO",\
            "assetId":"7ff463e7-ebd3-4705-8197-2f8733170776","symbol":"GOLDCOIN","name":"Gold coins",\
            "acquired":"2026-01-10","quantity":"4","currency":"INR","proceeds":"460.00","costBasis":"400.00",\
            "fee":"0.00","gain":"60.00","base":{"proceeds":"460.00","costBasis":"400.00","gain":"60.00"}}],\
            "totalGainBase":"60.00","linesLeftOut":0,\
            "method":"gain = proceeds − cost basis − sale fee; FIFO lines name the lot's acquisition date"}],\
            "dividendsByYear":{"groupBy":"year","baseCurrency":"INR","periods":[],"gross":"0.00",\
            "taxWithheld":"0.00","net":"0.00","dividendsLeftOut":0}}""";

    public static final String RESTORE_DRY_RUN = """
            {"dryRun":true,"sourceTenant":"65434aa2-20d8-46bc-babc-d1e5a5157f78","schemaVersion":"15",\
            "rows":{"finance_categories":0,"finance_recurring_rules":0,"finance_entries":3,"finance_budgets":1,\
            "finance_debts":2,"finance_debt_payments":2,"emi_loans":1,"emi_payments":1,"emi_prepayments":1,\
            "emi_rate_changes":0,"emi_documents":1,"investment_accounts":1,"investment_assets":1,\
            "investment_asset_prices":4,"investment_splits":0,"investment_activities":2,\
            "investment_watchlist_items":0,"investment_price_alerts":0,"investment_alert_events":0,\
            "tenant_exchange_rates":0,"manual_prices":0,"export_report_schedules":1,\
            "audit_events":12},"documents":1}""";

    public static final String RESTORED = """
            {"dryRun":false,"sourceTenant":"65434aa2-20d8-46bc-babc-d1e5a5157f78","schemaVersion":"15",\
            "rows":{"finance_categories":0,"finance_recurring_rules":0,"finance_entries":3,"finance_budgets":1,\
            "finance_debts":2,"finance_debt_payments":2,"emi_loans":1,"emi_payments":1,"emi_prepayments":1,\
            "emi_rate_changes":0,"emi_documents":1,"investment_accounts":1,"investment_assets":1,\
            "investment_asset_prices":4,"investment_splits":0,"investment_activities":2,\
            "investment_watchlist_items":0,"investment_price_alerts":0,"investment_alert_events":0,\
            "tenant_exchange_rates":0,"manual_prices":0,"export_report_schedules":1,\
            "audit_events":12},"documents":1}""";

    /** An export file and a job's file as text/csv (dialect data); XLSX and JSON lines hold the same columns. */
    public static final String EXPENSES_CSV = """
            id,date,amount,currency,categoryId,category,description,counterparty,paymentMethod,tags,baseAmount,\
            baseCurrency,fxRate,fxRateDate,fxSource,recurringRuleId,createdAt,updatedAt
            40cfe884-6026-41c8-a352-76ff668f3bd3,2026-01-15,700.00,INR,00000000-0000-4000-8000-000000000102,Groceries,\
            Weekly shop,FreshMart,UPI,groceries,700.00,INR,1,2026-01-15,same-currency,,2026-01-15T18:02:11.412Z,\
            2026-01-15T18:02:11.412Z
            ebd4b5a1-8165-486a-bd6f-5813b95d0c61,2026-02-03,42.50,EUR,00000000-0000-4000-8000-000000000102,Groceries,\
            "Cheese, bread",Markthalle,CARD,,3846.25,INR,90.5,2026-02-03,ecb,,2026-02-03T09:40:00Z,2026-02-03T09:40:00Z
            """;

    /** The entries of a backup zip in the order they are written (the body itself is binary). */
    public static final String BACKUP_ENTRIES = """
            data/finance_categories.ndjson
            data/finance_recurring_rules.ndjson
            data/finance_entries.ndjson
            data/finance_budgets.ndjson
            data/finance_debts.ndjson
            data/finance_debt_payments.ndjson
            data/emi_loans.ndjson
            data/emi_payments.ndjson
            data/emi_prepayments.ndjson
            data/emi_rate_changes.ndjson
            data/emi_documents.ndjson
            data/investment_accounts.ndjson
            data/investment_assets.ndjson
            data/investment_asset_prices.ndjson
            data/investment_splits.ndjson
            data/investment_activities.ndjson
            data/investment_watchlist_items.ndjson
            data/investment_price_alerts.ndjson
            data/investment_alert_events.ndjson
            data/tenant_exchange_rates.ndjson
            data/manual_prices.ndjson
            data/export_report_schedules.ndjson
            data/audit_events.ndjson
            data/documents/4d7b3721-4aa4-4ad0-a974-d8523fea9da1/9c1e2f3a-4b5c-4d6e-8f70-1a2b3c4d5e6f-sanction-letter.pdf
            bagit.txt
            bag-info.txt
            manifest-sha256.txt
            tagmanifest-sha256.txt
            """;

    private ResponseExamples() {}
}
