using Ecosystem.DataLake.Datasets.Columns;
using Ecosystem.DataLake.Zones;

namespace Ecosystem.DataLake.Datasets.Expenses;

/// <summary>
/// <c>expense</c>, partitioned by the transaction month. Natural key: source, date, description, amount, currency,
/// card, plus the occurrence counter — two identical coffees on one day are two expenses, and an overlapping card
/// export maps onto the same keys instead of doubling them. A category changed in a newer export replaces the old one.
/// </summary>
public sealed class ExpenseContract : DatasetContract<Expense>
{
    public const string DatasetName = "expense";

    public static ExpenseContract Instance { get; } = new();

    public override string Name => DatasetName;

    public override IReadOnlyList<DatasetColumn<Expense>> Columns { get; } =
    [
        new StringColumn<Expense>("source", false, r => r.Source, (r, v) => r.Source = v!),
        new ValueColumn<Expense, DateOnly>("date", r => r.Date, (r, v) => r.Date = v),
        new StringColumn<Expense>("description", false, r => r.Description, (r, v) => r.Description = v!),
        new DecimalColumn<Expense>("amount", r => r.Amount, (r, v) => r.Amount = v!.Value, nullable: false),
        new StringColumn<Expense>("currency", false, r => r.Currency, (r, v) => r.Currency = v!),
        new StringColumn<Expense>("category", true, r => r.Category, (r, v) => r.Category = v),
        new StringColumn<Expense>("card", true, r => r.Card, (r, v) => r.Card = v),
        new ValueColumn<Expense, long>("line_no", r => r.LineNo, (r, v) => r.LineNo = v),
        new ValueColumn<Expense, int>("occurrence", r => r.Occurrence, (r, v) => r.Occurrence = v),
        new StringColumn<Expense>("source_sha256", false, r => r.SourceSha256, (r, v) => r.SourceSha256 = v!),
        new StringColumn<Expense>("run_id", false, r => r.RunId, (r, v) => r.RunId = v!),
    ];

    public override ColumnKey<Expense> Key => field ??= new ColumnKey<Expense>(Columns, ["date", "source", "description", "amount", "currency", "card"]);

    public override Expense CreateEmpty() => new();

    public override PartitionKey PartitionOf(Expense row) => PartitionKey.Of(row.Date);
}
