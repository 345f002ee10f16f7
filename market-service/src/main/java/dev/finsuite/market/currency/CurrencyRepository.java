package dev.finsuite.market.currency;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface CurrencyRepository extends Repository<Currency, String> {

    Optional<Currency> findById(String code);

    Page<Currency> findAll(Pageable pageable);

    Page<Currency> findAllByActive(boolean active, Pageable pageable);

    List<Currency> findAll();
}
