/// A small symmetric linear system `H·x = b`, solved by Cholesky factorisation.
///
///     var system = NewtonSystem(size: 2)
///     system.hessian = [4, 1, 1, 3]; system.gradient = [1, 2]
///     system.step()   // −H⁻¹·g, or nil when H is not positive definite
///
/// The package search solves one of these per Newton step; with at most a dozen unknowns a
/// dense factorisation is the cheapest exact method.
struct NewtonSystem {
    let size: Int
    /// Row-major `size × size`.
    var hessian: [Double]
    var gradient: [Double]

    init(size: Int) {
        self.size = size
        hessian = [Double](filling: 0, count: size * size)
        gradient = [Double](filling: 0, count: size)
    }

    /// The Newton step `−H⁻¹g`; nil if `H` is not numerically positive definite.
    func step() -> [Double]? {
        let n = size
        var factor = hessian
        for column in 0..<n {
            var diagonal = factor[column * n + column]
            for k in 0..<column { diagonal -= factor[column * n + k] * factor[column * n + k] }
            guard diagonal > 0, diagonal.isFinite else { return nil }
            let root = diagonal.squareRoot()
            factor[column * n + column] = root
            for row in (column + 1)..<max(column + 1, n) {
                var value = factor[row * n + column]
                for k in 0..<column { value -= factor[row * n + k] * factor[column * n + k] }
                factor[row * n + column] = value / root
            }
        }
        // Solve L·y = −g, then Lᵀ·x = y.
        var y = [Double](filling: 0, count: n)
        for row in 0..<n {
            var value = -gradient[row]
            for k in 0..<row { value -= factor[row * n + k] * y[k] }
            y[row] = value / factor[row * n + row]
        }
        var x = [Double](filling: 0, count: n)
        for row in stride(from: n - 1, through: 0, by: -1) {
            var value = y[row]
            for k in (row + 1)..<max(row + 1, n) { value -= factor[k * n + row] * x[k] }
            x[row] = value / factor[row * n + row]
        }
        return x
    }
}
