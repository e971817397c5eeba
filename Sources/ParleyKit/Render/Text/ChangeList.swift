/// Net changes of a step, one line per actor and quantity, for the output of `apply`,
/// `advance` and `turns`.
enum ChangeList {
    static func render(_ trace: [TraceEntry], limit: Int = 40) -> String {
        struct Key: Hashable { var actor: String; var quantity: TraceEntry.Quantity; var subject: String? }
        var order: [Key] = []
        var first: [Key: Double] = [:]
        var last: [Key: Double] = [:]
        for entry in trace {
            let key = Key(actor: entry.actor, quantity: entry.quantity, subject: entry.subject)
            if first[key] == nil { order.append(key); first[key] = entry.before }
            last[key] = entry.after
        }
        let moved = order.filter { key in
            let decimals = key.quantity.decimals
            return Figures.rounded(first[key]!, decimals) != Figures.rounded(last[key]!, decimals)
        }
        guard !moved.isEmpty else { return "  no stance moved\n" }
        var table = TableText(columns: 6, expectedRows: min(moved.count, limit))
        for key in moved.prefix(limit) {
            let decimals = key.quantity.decimals
            table.write("  ")
            table.write(key.actor)
            table.endCell()
            if key.quantity == .accommodation {
                table.write("accommodation of ")
                table.write(key.subject ?? "")
            } else {
                if let subject = key.subject { table.write(subject); table.write(" ") }
                table.write(key.quantity.rawValue)
            }
            table.endCell()
            table.addFixed(first[key]!, decimals: decimals)
            table.add("→")
            table.addFixed(last[key]!, decimals: decimals)
            table.write("(")
            table.write(Figures.change(Figures.rounded(last[key]!, decimals) - Figures.rounded(first[key]!, decimals), decimals))
            table.write(")")
            table.endCell()
        }
        var text = table.render(layout: TextColumns.layout)
        if moved.count > limit { text += "  … and \(moved.count - limit) more; 'timeline' and 'explain' have the rest\n" }
        return text
    }
}
