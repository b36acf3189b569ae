package dev.weftrace.compat.lombok;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.factory.Mappers;

/** MapStruct writes the implementation from Lombok's getters and constructor. */
@Mapper
public interface InvoiceMapper {

  InvoiceMapper INSTANCE = Mappers.getMapper(InvoiceMapper.class);

  @Mapping(target = "customerName", source = "customer.name")
  @Mapping(target = "cents", source = "total.cents")
  @Mapping(target = "currency", source = "total.currency")
  InvoiceSummary summarize(Invoice invoice);
}
