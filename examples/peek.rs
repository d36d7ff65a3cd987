use adoptieplanner::domain::roi::*;
fn main() {
    let e = evaluate(&Inputs::default());
    for r in e.rows.iter().take(8) { println!("{:?}", r); }
    println!("{:#?}", e.summary);
    println!("without {:#?}", e.without_programme);
    for s in &e.scenarios { println!("scen npv {:.0} roi {:?} payback {:?}", s.npv, s.roi_percent, s.payback_month); }
    for s in &e.sensitivity { println!("{:?} {:.0} {:.0}", s.driver, s.npv_low, s.npv_high); }
    println!("{:?}", e.warnings);
}
