using Ecosystem.DataLake.Datasets;
using Ecosystem.DataLake.Datasets.Expenses;
using Ecosystem.DataLake.Formats;
using Ecosystem.DataLake.Formats.Text;
using Sylvan.Data.Csv;

namespace Ecosystem.DataLake.Sources.Expenses;

/// <summary>
/// The expense sheet a label keeps (the template in <c>samples/templates/expenses.csv</c>): <c>date, description,
/// amount, currency, category</c> and optionally <c>card</c>, columns by name. Every line names its currency; a line
/// without one is rejected, never assumed to be USD. Negative amounts are refunds.
/// </summary>
public sealed class ExpenseSheetHandler : SourceHandler<Expense>
{
    public const string SourceId = "expense_sheet";
    public const string FormatId = "expense_sheet.expenses";

    private const string Date = "date";
    private const string Description = "description";
    private const string Amount = "amount";
    private const string Currency = "currency";
    private const string Category = "category";
    private const string Card = "card";

    private static readonly HeaderAliases Aliases = new HeaderAliases()
        .Add(Date, "en", "date").Add(Description, "en", "description").Add(Amount, "en", "amount").Add(Currency, "en", "currency")
        .Add(Category, "en", "category").Add(Card, "en", "card");

    public override string Source => SourceId;

    public override string Format => FormatId;

    public override DatasetContract<Expense> Contract => ExpenseContract.Instance;

    public override FormatMatch Match(HeaderSample sample)
    {
        if (CsvTableReader.FirstHeader(sample, Aliases) is not { } header)
        {
            return FormatMatch.None;
        }

        if (!header.HasAll(Date, Description, Amount))
        {
            return FormatMatch.None;
        }

        var missing = header.Missing([Date, Description, Amount, Currency, Category]);
        return missing.Count > 0 || header.Unknown.Count > 0
            ? FormatMatch.Variant($"not the expense template (missing: {HeaderMap.Describe(missing)}; unexpected: {HeaderMap.Describe(header.Unknown)})")
            : FormatMatch.Of("template-v1");
    }

    public override IEnumerable<ParsedRow<Expense>> Parse(TextReader reader, ParseContext context)
    {
        var found = CsvTableReader.ReadHeader(reader, cells => HeaderMap.Read(cells, Aliases).HasAll(Date, Description, Amount), maxLeadingLines: 2)
            ?? throw new InvalidDataException("No expense header within the first lines.");
        var header = HeaderMap.Read(found.Cells, Aliases);
        var pool = new StringPool();
        foreach (var (csv, lineNo) in CsvTableReader.Records(reader, found))
        {
            yield return ParseRow(csv, header, lineNo, pool, context);
        }
    }

    private static ParsedRow<Expense> ParseRow(CsvDataReader csv, HeaderMap header, long lineNo, StringPool pool, ParseContext context)
    {
        ParsedRow<Expense> Reject(string reason) => ParsedRow<Expense>.Rejected(CsvRecords.Reject(csv, lineNo, reason));
        ReadOnlySpan<char> Field(string column) => CsvTableReader.Field(csv, header.IndexOf(column));

        if (csv.RowFieldCount != header.ColumnCount)
        {
            return Reject($"expected {header.ColumnCount} fields as in the header, found {csv.RowFieldCount}");
        }

        if (!FieldParsers.TryParseIsoDate(Field(Date), out var date))
        {
            return Reject($"date '{Field(Date)}' is not a YYYY-MM-DD date");
        }

        if (!FieldParsers.TryParseDecimal(Field(Amount), out var amount, out var problem))
        {
            return Reject($"amount '{Field(Amount)}' {problem}");
        }

        var currency = Field(Currency);
        if (!CsvRecords.IsCurrencyCode(currency))
        {
            return Reject($"currency '{currency}' is not a three-letter code (it is never assumed)");
        }

        var description = Field(Description);
        if (description.IsEmpty)
        {
            return Reject("description is empty");
        }

        return ParsedRow<Expense>.Accepted(new Expense
        {
            Source = SourceId,
            Date = date,
            Description = description.ToString(),
            Amount = amount,
            Currency = pool.GetUpperInvariant(currency)!,
            Category = pool.GetOptional(Field(Category)),
            Card = pool.GetOptional(Field(Card)),
            LineNo = lineNo,
            SourceSha256 = context.SourceSha256,
            RunId = context.RunId,
        });
    }
}
