fn main() {
    line_oa_calc::start();
}
