using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.Expenses;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.Expenses;

/// <summary>
/// A Capital One (US) credit-card download: <c>Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit</c>.
/// The export is of a US card, billed in US dollars, so its amounts are USD by the product's definition (the only
/// format here whose currency is not written in the file). Debits are expenses; credits categorised
/// <c>Payment/Credit</c> are payments to the card and are skipped; other credits are refunds (negative expenses).
/// The card is kept as its last four digits.
/// </summary>
public sealed class CapitalOneCardHandler : SourceHandler<Expense>
{
    public const string SourceId = "capital_one";
    public const string FormatId = "capital_one.us_card_export";
    private const string CardCurrency = "USD";

    private const string TransactionDate = "transaction date";
    private const string PostedDate = "posted date";
    private const string CardNo = "card no.";
    private const string Description = "description";
    private const string Category = "category";
    private const string Debit = "debit";
    private const string Credit = "credit";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add(TransactionDate, "en", "Transaction Date").Add(PostedDate, "en", "Posted Date").Add(CardNo, "en", "Card No.")
        .Add(Description, "en", "Description").Add(Category, "en", "Category").Add(Debit, "en", "Debit").Add(Credit, "en", "Credit");

    private static readonly string[] Columns = [TransactionDate, PostedDate, CardNo, Description, Category, Debit, Credit];

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<Expense> Contract => ExpenseContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll(TransactionDate, PostedDate, Debit, Credit))
        {
            return FormatMatch.None;
        }

        return header.Missing(Columns).Count > 0 || header.Unknown.Count > 0
            ? FormatMatch.Variant($"unknown Capital One export layout (missing: {string.Join(", ", header.Missing(Columns))}; unexpected: {string.Join(", ", header.Unknown)})")
            : FormatMatch.Of("us-card");
    }

    public override IEnumerable<ParsedRow<Expense>> Parse(TextReader reader, ParseContext context)
    {
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll(TransactionDate, Debit, Credit), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No Capital One header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var pool = new StringPool();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            if (ParseRow(csv, header, lineNo, pool, context) is { } row)
            {
                yield return row;
            }
        }
    }

    private static ParsedRow<Expense>? ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, StringPool pool, ParseContext context)
    {
        ParsedRow<Expense> Reject(string reason) => ParsedRow<Expense>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (!DateParsers.TryParseDate(Field(TransactionDate), DayMonthOrder.MonthFirst, out var date))
        {
            return Reject($"Transaction Date '{Field(TransactionDate)}' is not a date");
        }

        var category = Field(Category);
        var debit = Field(Debit);
        var credit = Field(Credit);
        if (!debit.IsEmpty == !credit.IsEmpty)
        {
            return Reject("exactly one of Debit and Credit must have an amount");
        }

        if (!credit.IsEmpty && category.Equals("Payment/Credit", StringComparison.OrdinalIgnoreCase))
        {
            return null; // a payment to the card, not an expense
        }

        var text = debit.IsEmpty ? credit : debit;
        if (!FieldParsers.TryParseDecimal(text, out var amount, out var problem) || amount < 0)
        {
            return Reject($"amount '{text}' {problem ?? "is negative"}");
        }

        var card = Field(CardNo);
        return ParsedRow<Expense>.Accepted(new Expense
        {
            Source = SourceId,
            Date = date,
            Description = Field(Description).ToString(),
            Amount = debit.IsEmpty ? -amount : amount,
            Currency = CardCurrency,
            Category = pool.GetOptional(category),
            Card = card.IsEmpty ? null : pool.Get(card.Length > 4 ? card[^4..] : card),
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }
}
