namespace TalentPortal.TalentRegistry.Features.BulkImport;

/// <summary>One row of an uploaded file: its number as the person sees it (CSV: 1 = the first row after the header;
/// .xlsx: the sheet's own row number), its fields as text (a date cell as yyyy-MM-dd, a number in invariant digits, a
/// boolean as true/false) and, from a workbook, what kind of cell each field came from.</summary>
public sealed record FileRow(int Number, string[] Fields, CellKind[] Kinds)
{
    /// <summary>Why a national ID in a number cell is refused: the spreadsheet keeps 15 significant digits.</summary>
    public const string IdInNumberCell = "the cell holds a number, which keeps only 15 digits of an ID; format the column as text and enter the IDs again";

    public bool IsBlank => Fields.All(f => f.Length == 0);

    /// <summary>The trimmed field, or null when it is empty or missing.</summary>
    public string? Field(int index) => index >= 0 && index < Fields.Length && Fields[index].Trim() is { Length: > 0 } value ? value : null;

    public CellKind KindOf(int index) => index >= 0 && index < Kinds.Length ? Kinds[index] : CellKind.Text;
}
